/**
 * Whether a country word, where it stands, means the country. A demonym can name a language ("in
 * flawless Ukrainian", "a Chinese idiom"); a capital can be a plain place ("the embassy in Canberra",
 * "Beijing-based") rather than the government it stands for ("Beijing denied"); and any country word
 * can be part of a longer proper name ("New Jersey", "Washington Post", "Bank of Japan").
 */
import type { Candidate, NameEntry } from './matcher';
import { isOrgHead } from './organizations/shapes';
import type { Token } from '../types';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words after a demonym that make it a language ("Russian-language", "the Chinese original"). */
const LANGUAGE_NEXT = words(`
  language languages speaker speakers speaking speak translation translations translated version versions text texts
  subtitles subtitled captions dialect dialects word words phrase phrases keyboard lessons literature grammar alphabet
  script characters fluency original originals idiom idioms proverb proverbs saying sayings expression expressions
  accent accents transliteration transcript transcription pronunciation spelling vocabulary slang verb verbs noun
  nouns font fonts inscription inscriptions dubbed
`);
/** Words before a demonym that make it a language when no noun follows it ("in Russian and English"). */
const LANGUAGE_PREV = words(`
  in into from speak speaks spoke speaking spoken fluent native learn learned learning studied study written write
  writes wrote read reads translate translated translating understand understands
`);
/** Verbs and adjectives of knowing a language: the demonym after them is always the language. */
const SPEAKING = words('speak speaks spoke speaking fluent fluently learn learned learning studied understand understands');
/** How a language is spoken, between the preposition and the language ("in flawless Ukrainian"). */
const MANNER = words(`
  flawless fluent perfect near-perfect broken accented heavily-accented halting passable native impeccable good basic
  rudimentary excellent colloquial formal simplified traditional classical modern plain accentless unaccented poor
  original
`);
/** Words that cannot be the noun a demonym-adjective would qualify. */
const FUNCTION_WORDS = words(`
  and or but as with by to the on at for of a an is was were are that which while when than then before after because
  so if into from in have has had be been will would can could should may might must do does did not until since
  beginning starting during about across
`);
/** Country names that are also given names or other places: checked against the words around them. */
const AMBIGUOUS_NAMES = words('jordan chad georgia jersey guernsey man niger dominica turkey china');
/** Capitalised words after a country word that still leave it the country ("Kremlin Spokesman"). */
const ROLE_AFTER =
  /^(spokesman|spokeswoman|spokesperson|officials?|leaders?|government|regime|ministry|embassy|president|premier|chief|critic|critics|says|said)$/i;

/** Metonyms that are seats of government rather than cities: they always stand for the state. */
const SEATS = new Set(['kremlin', 'white house', 'downing street', 'whitehall', 'zhongnanhai', 'élysée', 'elysee']);
/**
 * Prepositions that put a city on the map ("a conference in Lisbon", "protests outside Moscow"). Not
 * "at": with a city it mostly aims at the government ("pointed at Tehran", "lashed out at Beijing").
 */
const LOCATIVE = words('in near outside around across throughout inside within via beyond');
/** Words before a locative "in" that make the city stand for its government ("faith in Washington", "sitting in Moscow"). */
const IN_GOVERNMENT = words('trust faith confidence distrust mistrust belief hope hopes interest sitting sit sits sat');
/** Travel words before "to" or "from": the city is a destination or origin ("flew to Beijing"). */
const TRAVEL = words(`
  travel travels traveled travelled traveling travelling trip trips visit visits visited visiting flew fly flies flying
  flown flight flights moved move moving relocated relocate returned return returning returns went go goes going gone
  came come comes coming headed heading fled flee flees deported extradited journey journeyed drove drive driving
  commute commuted way back route routes train trains taken brought arrived arrive arrives arriving
`);
/** Nouns before "of" that make the city a place ("the mayor of Bucharest", "the outskirts of Kyiv"). */
const OF_PLACE = words(`
  mayor governor streets street residents resident outskirts suburbs suburb centre center downtown heart city people
  citizens skyline districts district neighborhoods neighbourhoods metro subway airport port siege battle liberation
  bombing shelling population inhabitants north south east west northern southern eastern western parts part area
  areas region map
`);
/** Nouns after a city that make it a place ("the Moscow office", "Beijing residents"). */
const PLACE_NOUNS = words(`
  office offices bureau headquarters airport airports metro subway residents resident region suburb suburbs streets
  street apartment apartments hotel hotels station home hospital hospitals mayor city skyline traffic time area state
  schools universities councils boroughs
`);
/** The words a city forms place compounds with ("Beijing-based", "London-born"). */
const PLACE_COMPOUNDS = words('based born headquartered area bound registered raised');

/**
 * What a country word means where it stands. `other` covers every other use, such as part of a
 * longer proper name.
 */
export type CountryUse = 'country' | 'language' | 'place' | 'other';

/**
 * Whether a country name, demonym or metonym in this place means the country, names a language, a
 * plain place, or is part of a longer proper name.
 */
export function countryUse(entry: NameEntry, text: string, tokens: readonly Token[], candidate: Candidate, starts: Set<number>): CountryUse {
  const prevIndex = candidate.first - 1;
  const prev = wordBefore(tokens, candidate.first);
  const next = tokens[candidate.last + 1];
  const joined = next && next.text === '-' && next.start === tokens[candidate.last].end;
  // "Bank of Japan", "University of Washington", "Museum of African American History": the country
  // word is in the complement of an organization's name.
  let k = prevIndex;
  while (k > 0 && k > prevIndex - 3 && isCapitalWord(tokens[k]) && adjacent(text, tokens[k], tokens[k + 1])) k--;
  if (k > 0 && /^(of|for)$/.test(tokens[k].text) && adjacent(text, tokens[k], tokens[k + 1])) {
    const head = tokens[k - 1];
    if (isOrgHead(head.text) && adjacent(text, head, tokens[k])) return 'other';
  }
  if (entry.form === 'demonym') return isLanguage(text, tokens, candidate) ? 'language' : 'country';
  if (prev && prev.text === 'New' && tokens[candidate.first].start - prev.end === 1) return 'other';
  const alias = entry.alias.toLowerCase();
  if (entry.form === 'metonym' && !SEATS.has(alias) && isPlace(text, tokens, candidate)) return 'place';
  const risky = entry.form === 'metonym' || AMBIGUOUS_NAMES.has(alias);
  if (!risky) return 'country';
  // Inside a longer capitalised name: a capitalised word right before (not a sentence start) or after.
  const gapBefore = prev ? text.slice(prev.end, tokens[candidate.first].start) : '';
  if (prev && /^\s$/.test(gapBefore) && /^\p{Lu}\p{Ll}/u.test(prev.text) && !starts.has(prevIndex) && !/^(the|of|in)$/i.test(prev.text)) {
    if (!/^(President|Minister|Premier|Ambassador|Mr|Mrs|Ms|Dr)$/.test(prev.text)) return 'other';
  }
  const gapAfter = next ? text.slice(tokens[candidate.last].end, next.start) : '';
  if (next && !joined && /^\s$/.test(gapAfter) && /^\p{Lu}\p{Ll}/u.test(next.text) && candidate.end === tokens[candidate.last].end) {
    if (!ROLE_AFTER.test(next.text)) return 'other';
  }
  return 'country';
}

/**
 * A demonym used for a language: a language noun after it ("a Chinese idiom"), a verb of speaking
 * before it, or a preposition before it ("in", "from the", "into") with no noun after it. A list of
 * languages counts as one: "in Hebrew and French" but "in Russian and Chinese hands".
 */
function isLanguage(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.last + 1];
  const joined = next && next.text === '-' && next.start === tokens[candidate.last].end;
  if (joined) return LANGUAGE_NEXT.has(tokens[candidate.last + 2]?.text.toLowerCase() ?? '');
  const possessive = candidate.end !== tokens[candidate.last].end;
  const list = coordination(tokens, candidate.first, candidate.last);
  const after = tokens[list.end + 1];
  const afterLower = after?.text.toLowerCase() ?? '';
  if (!possessive && next && LANGUAGE_NEXT.has(next.text.toLowerCase())) return true;
  // "The French, German and Arabic versions": the noun after a list of demonyms qualifies all of them.
  if (!possessive && list.end > candidate.last && LANGUAGE_NEXT.has(afterLower)) return true;
  let k = list.start - 1;
  while (k >= 0 && MANNER.has(tokens[k].text.toLowerCase())) k--;
  const governor = tokens[k]?.kind === 'word' ? tokens[k].text.toLowerCase() : '';
  if (SPEAKING.has(governor)) return true;
  if (possessive) return false;
  const nounFollows =
    after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !FUNCTION_WORDS.has(afterLower) && !/(ly|ed)$/.test(afterLower);
  if (nounFollows) return false;
  if (governor === 'the') return /^(from|into|in)$/i.test(tokens[k - 1]?.text ?? '');
  return LANGUAGE_PREV.has(governor) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ';
}

/**
 * A capital used as a plain place: after a locative preposition, a travel word with "to"/"from", a
 * place noun with "of" ("the mayor of Bucharest"), in a place compound ("Beijing-based") or before a
 * place noun ("the Moscow office"), or as a dateline. A list shares its preposition: "think tanks in
 * London and Washington". A possessive is the government ("Moscow's embassy") unless a place noun
 * follows it ("Bucharest's mayor").
 */
function isPlace(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  const last = tokens[candidate.last];
  const next = tokens[candidate.last + 1];
  // "Bucharest's mayor" is the city's; "Moscow's embassy" the government's.
  if (candidate.end !== last.end) return next !== undefined && next.kind === 'word' && PLACE_NOUNS.has(next.text);
  if (next && next.text === '-' && next.start === last.end) return PLACE_COMPOUNDS.has(tokens[candidate.last + 2]?.text.toLowerCase() ?? '');
  if (next && next.kind === 'word' && PLACE_NOUNS.has(next.text) && adjacent(text, last, next)) return true;
  if (/^,?\s*D\.?\s?C\b/.test(text.slice(last.end, last.end + 8))) return true;
  // A dateline opening a line: "Kyiv, Ukraine —", "Moscow (Reuters) —".
  const lineStart = candidate.first === 0 || /\n\s*$/.test(text.slice(Math.max(0, candidate.start - 4), candidate.start));
  if (lineStart && /^(,\s*[\p{L}.' ]{1,30})?\s*(\([^)\n]{1,40}\)\s*)?[—–]/u.test(text.slice(last.end, last.end + 80))) return true;
  const k = coordination(tokens, candidate.first, candidate.last).start - 1;
  const governor = tokens[k]?.text.toLowerCase() ?? '';
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (LOCATIVE.has(governor)) return !(governor === 'in' && IN_GOVERNMENT.has(before));
  if (/^(to|from|into)$/.test(governor)) return TRAVEL.has(before);
  if (governor === 'of') return OF_PLACE.has(before);
  return false;
}

/**
 * The coordinated list of capitalised words around tokens [first, last] ("French, German and Russian"),
 * as the indices of its first and last word. Commas alone make no list ("Speaking in Russian, Ivan
 * said"), so without an "and" or "or" the list is the candidate itself.
 */
function coordination(tokens: readonly Token[], first: number, last: number): { start: number; end: number } {
  let start = first;
  let end = last;
  let joined = false;
  for (let n = 0; n < 6; n++) {
    let j = start - 1;
    if (tokens[j]?.text === ',') j--;
    if (/^(and|or)$/.test(tokens[j]?.text ?? '')) {
      joined = true;
      j--;
    }
    if (j === start - 1 || !isCapitalWord(tokens[j])) break;
    while (isCapitalWord(tokens[j - 1])) j--;
    start = j;
  }
  for (let n = 0; n < 6; n++) {
    let j = end + 1;
    if (tokens[j]?.text === ',') j++;
    if (/^(and|or)$/.test(tokens[j]?.text ?? '')) {
      joined = true;
      j++;
    }
    if (j === end + 1 || !isCapitalWord(tokens[j])) break;
    while (isCapitalWord(tokens[j + 1])) j++;
    end = j;
  }
  return joined ? { start, end } : { start: first, end: last };
}

const isCapitalWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** Two tokens separated by exactly one space. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start) === ' ';
}

function wordBefore(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index - 1];
  return token && (token.kind === 'word' || token.kind === 'number') ? token : undefined;
}
