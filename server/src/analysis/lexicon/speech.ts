/**
 * Attribution cues: the verbs and phrases that credit words to a speaker ("said", "told", "tweeted",
 * "according to"), and the small closed word classes the speaker finder needs to read the phrase
 * around them (pronouns, determiners, titles, words that cannot head a noun phrase).
 */
import { inflect } from './inflect';
import { entries, wordSet } from './load';
import notHeadsList from './lists/not-heads.txt';
import organizationNameWordsList from './lists/organization-name-words.txt';
import textNounsList from './lists/text-nouns.txt';
import nounLikeSpeechVerbsList from './lists/noun-like-speech-verbs.txt';
import betweenSubjectAndVerbList from './lists/between-subject-and-verb.txt';
import timeNounsList from './lists/time-nouns.txt';
import speechVerbsList from './lists/speech-verbs.txt';

/** Verbs that report speech or writing, as lemmas; their inflected forms are derived below. */
const SPEECH_ENTRIES = entries(speechVerbsList).map((entry) => entry.split(/\s+/));
const SPEECH_LEMMAS = SPEECH_ENTRIES.map(([lemma]) => lemma);
/** Lemmas whose object is what is talked about, not who speaks or listens ("described the plan"). */
const ABOUT = new Set(SPEECH_ENTRIES.filter(([, tag]) => tag === 'about').map(([lemma]) => lemma));

/** Verbs that need a particle to report speech ("pointed out", "went on", "put it"). */
const NEEDS_PARTICLE: Record<string, string[]> = {
  sum: ['up'],
  put: ['it'],
  chime: ['in'],
  weigh: ['in'],
  fire: ['back'],
  shoot: ['back'],
  go: ['on'],
  point: ['out'],
  hit: ['back', 'out'],
  rail: ['against'],
};

/** Every inflected form of the speech verbs, mapped to its lemma. */
const FORMS = new Map<string, string>();
for (const lemma of SPEECH_LEMMAS) {
  for (const [form] of inflect(lemma)) if (!FORMS.has(form)) FORMS.set(form, lemma);
}

/**
 * The lemma of a speech verb at token `i` of `words` (lowercase word texts), and how many tokens the
 * cue spans; null when the word is not one. Verbs that need a particle only count with it.
 */
export function speechVerb(words: readonly string[], i: number): { lemma: string; length: number } | null {
  const lemma = FORMS.get(words[i]);
  if (!lemma) return null;
  const particles = NEEDS_PARTICLE[lemma];
  if (particles) return particles.includes(words[i + 1]) ? { lemma, length: 2 } : null;
  return { lemma, length: 1 };
}

/**
 * Whether `word` (lowercase) is an inflected form of a speech verb ("said", "warns", "adding"), with
 * the particle it needs when it needs one ("pointed out"). Base forms are left out: "note", "post"
 * and "state" are nouns as often as verbs, so only the forms that are plainly verbs count. With
 * `nameAfter`, for a verb before a name, verbs whose object is a topic ("described X") do not count.
 */
export function isSpeechForm(word: string, next = '', nameAfter = false): boolean {
  const lemma = FORMS.get(word);
  if (!lemma || (nameAfter && ABOUT.has(lemma))) return false;
  const particles = NEEDS_PARTICLE[lemma];
  // With its particle even a base form is plainly the verb ("as she put it").
  if (particles) return particles.includes(next);
  return word !== lemma;
}

/** Whether a speech verb form is a participle or gerund ("saying", "adding"), which has no subject of its own. */
export const isParticiple = (word: string) => word.endsWith('ing');

/** Personal pronouns that can stand for a speaker, with the kind of referent they take. */
export const PRONOUNS: Record<string, 'person' | 'organization' | 'any' | 'self' | 'relative'> = {
  he: 'person',
  she: 'person',
  they: 'any',
  it: 'organization',
  we: 'self',
  i: 'self',
  you: 'self',
  who: 'relative',
  which: 'relative',
};

/** Words that introduce a noun phrase and belong to it ("the", "a", "another", "his"). */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'four',
  'five',
  'some',
  'many',
  'several',
  'most',
  'other',
  'these',
  'those',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'both',
  'all',
  'few',
  'no',
  'each',
  'every',
  'any',
  'dozens',
  'hundreds',
  'thousands',
  'numerous',
  'various',
]);

/** Adverbs and auxiliaries that may stand between a subject and its verb ("has also said"). */
export const BETWEEN_SUBJECT_AND_VERB = wordSet(betweenSubjectAndVerbList);

/** Prepositions that tie a role to its organization inside a speaker phrase (a spokesman for the FBI). */
export const LINKING_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on']);

/**
 * Lowercase words that cannot be the head of a speaker phrase (function words, common verbs and
 * adverbs), so "and said" or "it was said" does not make a speaker.
 */
export const NOT_HEADS = wordSet(notHeadsList);

/** Time nouns: not speakers themselves, but they may modify one ("the 46-year-old"). */
export const TIME_NOUNS = wordSet(timeNounsList);
for (const w of TIME_NOUNS) NOT_HEADS.add(w);

/** Words that stand alone for a speaker as a pronoun would ("another said", "one tweeted"). */
export const QUANTIFIERS = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'most', 'few', 'all', 'none']);

/** Words in a capitalised name that mark it as an organization rather than a person. */
export const ORGANIZATION_NAME_WORDS = wordSet(organizationNameWordsList);

/** Things that carry words, which may say something themselves ("a sign saying", "the memo stated"). */
export const TEXT_NOUNS = wordSet(textNounsList);

/**
 * Speech verbs whose base and -s forms are also common nouns ("his recent remarks", "a blunt
 * message"): in those forms they need a subject that can speak.
 */
export const NOUN_LIKE = wordSet(nounLikeSpeechVerbsList);
