/**
 * The context rules of entity recognition: where sentences start, which words around a risky name
 * show that a hacking group is meant, and when a country word is a language or part of another name.
 */
import type { Candidate, NameEntry } from './matcher';
import { sentenceAt } from './text';
import type { Structure, Token } from './types';

/** Indices of the first word token of every sentence (after any opening quote or bracket). */
export function sentenceStarts(structure: Structure): Set<number> {
  const starts = new Set<number>();
  const tokens = structure.tokens;
  let t = 0;
  for (const sentence of structure.sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    let k = t;
    while (k < tokens.length && tokens[k].start < sentence.end && tokens[k].kind !== 'word' && tokens[k].kind !== 'number') k++;
    if (k < tokens.length) starts.add(k);
  }
  // A word after a colon, a dash or a line break opens a clause just as a sentence start does.
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (prev.text === ':' || prev.text === '—' || prev.text === '–') starts.add(i);
  }
  return starts;
}

/** Every word of the candidate starts with a capital letter (or a digit). */
export function isCapitalised(tokens: readonly Token[], candidate: Candidate): boolean {
  for (let k = candidate.first; k <= candidate.last; k++) {
    const text = tokens[k].text;
    if (text !== '-' && !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  }
  return true;
}

/**
 * Whether the candidate is part of a longer capitalised name ("Cobalt Strike", "Mercury News",
 * "San Jose Mercury"): a capitalised word right after it, or right before it mid-sentence.
 */
export function insideLongerName(text: string, tokens: readonly Token[], candidate: Candidate, starts: Set<number>): boolean {
  const next = tokens[candidate.last + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && text.slice(tokens[candidate.last].end, next.start) === ' ' && candidate.end === tokens[candidate.last].end) return true;
  const prev = tokens[candidate.first - 1];
  return Boolean(prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !starts.has(candidate.first - 1) && text.slice(prev.end, tokens[candidate.first].start) === ' ');
}

/** Words that, near an ordinary-word name, show that a threat actor is meant. */
const CUES = new Set([
  'group', 'groups', 'hacker', 'hackers', 'hacking', 'actor', 'actors', 'apt', 'threat', 'gang', 'crew', 'operators',
  'cyber', 'cyberattack', 'cyberattacks', 'cyberespionage', 'espionage', 'ransomware', 'intrusion', 'intrusions',
  'state-sponsored', 'nation-state', 'aka', 'a.k.a.', 'dubbed', 'tracks', 'tracked', 'tracking', 'calls', 'called',
  'known', 'attackers', 'spies', 'spying', 'cybercriminals', 'cybercrime', 'collective',
]);

/** Whether a cue word stands within a few words of the candidate, in the same sentence. */
export function contextCue(tokens: readonly Token[], candidate: Candidate, structure: Structure): boolean {
  const sentence = structure.sentences[sentenceAt(structure.sentences, tokens[candidate.first].start)];
  const from = Math.max(0, candidate.first - 8);
  const to = Math.min(tokens.length - 1, candidate.last + 8);
  for (let k = from; k <= to; k++) {
    if (k >= candidate.first && k <= candidate.last) continue;
    const token = tokens[k];
    if (sentence && (token.start < sentence.start || token.end > sentence.end)) continue;
    // Cues are common nouns: "Group" in "Threat Analysis Group" is part of a name, not a cue.
    if (/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    if (CUES.has(token.text.toLowerCase().replace(/['’]s$/, ''))) return true;
  }
  return false;
}

/** Words after a demonym that make it a language ("Russian-language", "the French version"). */
const LANGUAGE_NEXT = new Set([
  'language', 'languages', 'speaker', 'speakers', 'speaking', 'speak', 'translation', 'translations', 'translated',
  'version', 'versions', 'text', 'texts', 'subtitles', 'dialect', 'word', 'words', 'phrase', 'phrases', 'keyboard',
  'lessons', 'literature', 'grammar', 'alphabet', 'script', 'characters', 'fluency',
]);
/** Words before a demonym that make it a language when nothing noun-like follows ("in Russian and English"). */
const LANGUAGE_PREV = new Set([
  'in', 'into', 'from', 'speak', 'speaks', 'spoke', 'speaking', 'spoken', 'fluent', 'native', 'learn', 'learned',
  'learning', 'studied', 'study', 'written', 'write', 'writes', 'wrote', 'read', 'reads', 'translate', 'translated',
  'translating', 'understand', 'understands',
]);
/** Verbs and adjectives of speaking a language: the demonym after them is always the language. */
const SPEAKING = new Set(['speak', 'speaks', 'spoke', 'speaking', 'fluent', 'learn', 'learned', 'learning', 'studied', 'understand', 'understands']);
/** Words that cannot be the noun a demonym-adjective would qualify. */
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'as', 'with', 'by', 'to', 'the', 'on', 'at', 'for', 'of', 'a', 'an', 'is', 'was', 'were', 'are',
  'that', 'which', 'while', 'when', 'than', 'then', 'before', 'after', 'because', 'so', 'if', 'into', 'from', 'in',
]);
/** Country names that are also given names or other places: checked against the words around them. */
const AMBIGUOUS_NAMES = new Set(['jordan', 'chad', 'georgia', 'jersey', 'guernsey', 'man', 'niger', 'dominica', 'turkey', 'china']);
/** Capitalised words after a country word that still leave it the country ("Kremlin Spokesman"). */
const ROLE_AFTER = /^(spokesman|spokeswoman|spokesperson|officials?|leaders?|government|regime|ministry|embassy|president|premier|chief|critic|critics|says|said)$/i;

/**
 * Whether a country name, demonym or metonym in this place means the country: not a language use,
 * not part of a longer proper name ("New Jersey", "Washington Post", "George Washington").
 */
export function acceptCountry(entry: NameEntry, text: string, tokens: readonly Token[], candidate: Candidate, starts: Set<number>): boolean {
  const prevIndex = candidate.first - 1;
  const prev = wordBefore(tokens, candidate.first);
  const next = tokens[candidate.last + 1];
  const joined = next && next.text === '-' && next.start === tokens[candidate.last].end;
  const after = joined ? tokens[candidate.last + 2] : next;
  const afterLower = after?.text.toLowerCase() ?? '';
  if (entry.form === 'demonym') {
    if (LANGUAGE_NEXT.has(afterLower)) return false;
    if (prev && SPEAKING.has(prev.text.toLowerCase())) return false;
    if (prev && LANGUAGE_PREV.has(prev.text.toLowerCase()) && !joined && candidate.end === tokens[candidate.last].end) {
      const nounFollows = after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !FUNCTION_WORDS.has(afterLower) && !/ly$/.test(afterLower);
      if (!nounFollows) return false;
    }
    return true;
  }
  if (prev && prev.text === 'New' && tokens[candidate.first].start - prev.end === 1) return false;
  const risky = entry.form === 'metonym' || AMBIGUOUS_NAMES.has(entry.alias.toLowerCase());
  if (!risky) return true;
  // Inside a longer capitalised name: a capitalised word right before (not a sentence start) or after.
  const gapBefore = prev ? text.slice(prev.end, tokens[candidate.first].start) : '';
  if (prev && /^\s$/.test(gapBefore) && /^\p{Lu}\p{Ll}/u.test(prev.text) && !starts.has(prevIndex) && !/^(the|of|in)$/i.test(prev.text)) {
    if (!/^(President|Minister|Premier|Ambassador|Mr|Mrs|Ms|Dr)$/.test(prev.text)) return false;
  }
  const gapAfter = next ? text.slice(tokens[candidate.last].end, next.start) : '';
  if (next && !joined && /^\s$/.test(gapAfter) && /^\p{Lu}\p{Ll}/u.test(next.text) && candidate.end === tokens[candidate.last].end) {
    if (!ROLE_AFTER.test(next.text)) return false;
  }
  return true;
}

function wordBefore(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index - 1];
  return token && (token.kind === 'word' || token.kind === 'number') ? token : undefined;
}
