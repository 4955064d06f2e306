/**
 * Word lists for finding people: titles, role nouns, speech verbs, given names and the capitalised
 * words that are never part of a person's name. Kept apart from the logic so they can grow.
 */
import { wordSet } from './load';
import honorificsList from './lists/honorifics.txt';
import titlesList from './lists/titles.txt';
import titleModifiersList from './lists/title-modifiers.txt';
import roleNounsList from './lists/role-nouns.txt';
import notNamesList from './lists/not-names.txt';
import notPersonWordsList from './lists/not-person-words.txt';
import peoplePluralsList from './lists/people-plurals.txt';
import foreignArticlesList from './lists/foreign-articles.txt';
import creditWordsList from './lists/credit-words.txt';
import actionVerbsList from './lists/action-verbs.txt';
import personPassivesList from './lists/person-passives.txt';
import eastAsianSurnamesList from './lists/east-asian-surnames.txt';

/**
 * Honorifics and party labels: they announce a person but are no role ("Ms. Vogel", "Democrat Hillary
 * Clinton"). Compared without the period.
 */
export const HONORIFICS = wordSet(honorificsList);

/** Offices, ranks and jobs written before a name ("President", "Sen.", "Director"): heads of a title. */
export const TITLES = wordSet(titlesList);

/** Words that qualify a title ("former", "Deputy", "Interior", "U.S."): alone they name no office. */
export const TITLE_MODIFIERS = wordSet(titleModifiersList);

/** Every word a title phrase before a name may hold ("Deputy Interior Minister", "Gen.", "Sen."). */
export const TITLE_WORDS = new Set([...TITLES, ...TITLE_MODIFIERS]);

/** Whether a word (any case, with or without its period) belongs to a title phrase or is an honorific. */
export const isTitleWord = (word: string): boolean => {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(bare) || HONORIFICS.has(bare);
};

/**
 * Nouns for a person by role, job, office or relation: they head a title or appositive ("the head of
 * incident response at ...") and a speaker phrase ("a spokesman for the FBI"). Singular.
 */
export const ROLE_NOUNS = wordSet(roleNounsList);

/** Generational suffixes, which end a name without being one ("Jr.", "III"). */
export const NAME_SUFFIX = /^(Jr|Sr|II|III|IV)\.?$/;

/**
 * Capitalised words that are no name and no part of one: function words, sentence adverbs ("Later",
 * "Meanwhile"), days and months. Both stages read names with it.
 */
export const NOT_NAMES = wordSet(notNamesList);

/** Capitalised plurals for groups of people ("Democrats", "Investigators"): they speak, but name nobody. */
export const PEOPLE_PLURALS = wordSet(peoplePluralsList);

/** Capitalised words that are never part of a person's name: the above, and words for institutions, places, products. */
export const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...wordSet(notPersonWordsList)]);

/** Articles of other languages that open the names of publications, not people ("Le Monde", "Die Zeit"). */
export const FOREIGN_ARTICLES = wordSet(foreignArticlesList);

/**
 * Words that open sentences; capitalised there, they are no part of a name that follows ("Later Tan
 * said", "Meanwhile Gao", "Officials Tan and Gao").
 */
export const OPENERS = new Set([...NOT_NAMES, ...PEOPLE_PLURALS]);

/** Words before "by" that credit the name after it as the author ("Reporting by", "An analysis by"). */
export const CREDIT_WORDS = wordSet(creditWordsList);

/** Verbs of action after a name that only a person does ("Gao denied", "Tan pleaded guilty"). */
export const ACTION_VERBS = wordSet(actionVerbsList);

/** Past participles after "was"/"were" that happen to people ("Tan was arrested"). */
export const PERSON_PASSIVES = wordSet(personPassivesList);

/**
 * Common family names of China, Korea, Vietnam and the Chinese diaspora (Malaysia, Singapore). With a
 * romanised given name after them ("Tan Dailin", "Gao Wenlin") the pair is a person written family
 * name first, and the family name alone later refers to them.
 */
export const EAST_ASIAN_SURNAMES = wordSet(eastAsianSurnamesList);

/** One to three syllables of Chinese or Korean romanisation ("Dailin", "Haoran", "Qiang", "Hua"). */
const ROMANISED =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ong|ing|ai|ei|ao|ou|oo|eo|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|yu|a|o|e|i|u|v))(?:-?(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ong|ing|ai|ei|ao|ou|oo|eo|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|yu|a|o|e|i|u|v)){0,2}$/i;

/** Whether a capitalised word reads as a romanised Chinese or Korean given name. */
export function isRomanisedGivenName(word: string): boolean {
  return word.length <= 10 && /^\p{Lu}/u.test(word) && ROMANISED.test(word);
}

export { GIVEN_NAMES } from './given-names';
