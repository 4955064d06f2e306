/**
 * Short forms of people's names: the family name (or, for names written family name first, the
 * first word) that later, and sometimes earlier, mentions use; which person a shared family name
 * means; and the evidence a short form lends its full name. people.ts finds the names.
 */
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, NAME_SUFFIX, OPENERS, isRomanisedGivenName } from '../../lexicon/people';
import { isOrdinaryWord } from '../../lexicon/english';
import { pronounOfGivenName } from '../../lexicon/given-names';
import { appositiveAfter, bare, copulaRole, isNameWord } from './cues';
import type { Person, Span, Token } from '../../types';

/** A role as the article states it; `weak` when it is only an affiliation ("Mandiant's Orla Brennan"). */
export interface Role {
  text: string;
  span: Span;
  weak?: boolean;
}

/** A name candidate and whether anything shows it is a person. */
export interface Found {
  span: Span;
  role: Role | null;
  first: number;
  last: number;
  single: boolean;
  evidence: boolean;
  /** Words before it introduce people ("arrested"), or a list that is of people ("charged"). */
  listStart: 'people' | 'list' | null;
}

/**
 * Evidence belongs to the person, not the mention: a candidate with none of its own is a person when
 * another mention of the same full name shows it, or when its family name alone does ("Marisol Vance
 * keeps a shoebox" ... "said Vance, the founder"). `shownShort` holds the family names (lower case)
 * that one-word mentions showed to be a person's.
 */
export function poolEvidence(text: string, tokens: readonly Token[], found: Found[], shownShort: ReadonlySet<string>): void {
  const shownNames = new Set(found.filter((f) => f.evidence).map((f) => text.slice(f.span.start, f.span.end)));
  // A family name that a shown full name already owns ("Trump" of "Donald Trump") lends nothing to an
  // unshown run ending in it ("Watching Trump talk"): that run is a word and the name.
  const owned = new Set([...shownNames].flatMap((n) => shortFormsOf(n).map((w) => w.toLowerCase())));
  // The last two or more words of every shown name of three or more ("Ortega Ruiz").
  const tails = new Set<string>();
  for (const shown of shownNames) {
    const parts = shown.split(' ');
    for (let k = 1; k <= parts.length - 2; k++) tails.add(parts.slice(k).join(' '));
  }
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const nameLike = (word: string) => !lowerWords.has(word.toLowerCase()) && !OPENERS.has(word.toLowerCase()) && !/^\p{Lu}\p{Ll}{5,}(ing|ly)$/u.test(word);
  for (const f of found) {
    if (f.evidence || f.single) continue;
    const name = text.slice(f.span.start, f.span.end);
    const words = name.split(' ');
    // "Can conservatives Trust Donald Trump?": a capitalised word before a name that is shown elsewhere.
    const tail = words.findIndex((_, k) => k > 0 && k < words.length - 1 && shownNames.has(words.slice(k).join(' ')));
    if (tail > 0) {
      const start = f.span.start + words.slice(0, tail).join(' ').length + 1;
      while (tokens[f.first].start < start) f.first++;
      f.span = { start, end: f.span.end };
      f.evidence = true;
    } else {
      // "Ortega Ruiz" after "Javier Ortega Ruiz": the family names of a longer shown name.
      // A family name a shown person owns still makes a relative of them a person when the word before
      // it is no ordinary English word ("Amara Osei" beside Kwabena Osei; not "Watching Osei").
      const relative = !isOrdinaryWord(words[0].toLowerCase());
      const viaShort =
        words.length <= 3 && nameLike(words[0]) && shortFormsOf(name).some((w) => shownShort.has(w.toLowerCase()) && (!owned.has(w.toLowerCase()) || relative));
      f.evidence = shownNames.has(name) || tails.has(name) || viaShort;
    }
  }
}

/** The words a short form of a full name uses: the family name, and the first word of a name that may be written family name first. */
export function shortFormsOf(name: string): string[] {
  // "Joseph R. Biden Jr.", "Martin Luther King III": the family name comes before the generation.
  const parts = name.split(/\s+/);
  if (parts.length > 1 && NAME_SUFFIX.test(parts[parts.length - 1])) {
    parts.pop();
    parts[parts.length - 1] = parts[parts.length - 1].replace(/,$/, '');
  }
  if (parts.length < 2) return [];
  const lastPart = parts[parts.length - 1];
  // "al-Hamdani" opens a sentence as "Al-Hamdani".
  if (/^\p{Ll}+-\p{Lu}/u.test(lastPart)) return [lastPart, lastPart[0].toUpperCase() + lastPart.slice(1)];
  // "Han Ji-woo", "Gao Wenlin": written family name first, so its first word is a short form too.
  const familyFirst = /-\p{Ll}/u.test(lastPart);
  const eastAsian = EAST_ASIAN_SURNAMES.has(parts[0].toLowerCase()) && parts.slice(1).every((p) => isRomanisedGivenName(p));
  return familyFirst ? [parts[0]] : eastAsian ? [parts[0], lastPart] : [lastPart];
}

/**
 * Which of the people sharing a short form a mention at token `at` means. "Mr."/"Ms." rule out the
 * people whose given name says otherwise; among the rest, news style gives the bare family name to
 * the person introduced first ("Trump" after "Donald Trump" and later "Melania Trump").
 */
export function ownerOf(owners: Person[] | undefined, tokens: readonly Token[], at: number): Person | undefined {
  if (!owners || owners.length < 2) return owners?.[0];
  const honorific = bare(tokens[tokens[at - 1]?.text === '.' ? at - 2 : at - 1]?.text ?? '');
  const ruledOut = honorific === 'mr' ? 'she' : /^(ms|mrs|miss)$/.test(honorific) ? 'he' : null;
  const fitting = owners.filter((p) => !ruledOut || pronounOfGivenName(p.name.split(/\s+/)[0]) !== ruledOut);
  return fitting.sort((a, b) => firstSeen(a) - firstSeen(b))[0];
}

/**
 * Where a person was first named, remembered from the first time it is asked (before short forms
 * add mentions), so that a long article's thousands of short forms each cost one lookup.
 */
const firstSeenCache = new WeakMap<Person, number>();
function firstSeen(person: Person): number {
  let start = firstSeenCache.get(person);
  if (start === undefined) {
    start = person.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    firstSeenCache.set(person, start);
  }
  return start;
}

/** Given names that are also English words, never taken alone for a person ("Mark the date"). */
const WORD_NAMES = new Set('will mark grant hope may june april rose faith joy dawn grace bill frank guy chase victor summer art ray max lee sky'.split(' '));

/**
 * People by the words their short forms use; also by their given name when it is a known one, no
 * family name uses it and nobody else has it ("Halyna sees things we miss", a sign-off "Halyna").
 */
export function shortFormIndex(people: Map<string, Person>): Map<string, Person[]> {
  const byShort = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  for (const person of people.values()) {
    for (const short of shortFormsOf(person.name)) {
      if (!byShort.has(short)) byShort.set(short, []);
      byShort.get(short)!.push(person);
    }
    const given = person.name.split(/\s+/)[0];
    const lower = given.toLowerCase();
    if (
      person.name.includes(' ') &&
      !shortFormsOf(person.name).includes(given) &&
      !WORD_NAMES.has(lower) &&
      (GIVEN_NAMES.has(lower) || pronounOfGivenName(lower))
    ) {
      byGiven.set(given, [...(byGiven.get(given) ?? []), person]);
    }
  }
  for (const [given, owners] of byGiven) if (owners.length === 1 && !byShort.has(given)) byShort.set(given, owners);
  return byShort;
}

/**
 * Later (and earlier) short forms: a capitalised word that is the family name of exactly one person
 * found ("Burt", "Mr. Burt"); the span is the name word only. Names written family name first
 * ("Han Ji-woo") are referred to by their first word.
 */
export function linkShortForms(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  used: Uint8Array,
  byShort: Map<string, Person[]>,
  add: (name: string, span: Span, role: Role | null, first: number, last: number) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || used[i] || tokens[i].kind !== 'word') continue;
    // "Al-Hamdani": a hyphenated short form is three tokens.
    // "Trump-Cruz", "Obama-era": otherwise the name before the hyphen.
    const hyphen =
      tokens[i + 1]?.text === '-' && tokens[i + 1].start === tokens[i].end && tokens[i + 2]?.start === tokens[i + 1].end && tokens[i + 2].kind === 'word';
    const joined = hyphen && byShort.has(text.slice(tokens[i].start, tokens[i + 2].end).replace(/['’]s$/, ''));
    const lastToken = joined ? i + 2 : i;
    const word = text.slice(tokens[i].start, tokens[lastToken].end).replace(/['’]s$/, '');
    const owner = ownerOf(byShort.get(word), tokens, i);
    if (!owner) continue;
    // Not the first word of another capitalised name ("Burt Reynolds").
    const next = tokens[lastToken + 1];
    if (
      next &&
      next.kind === 'word' &&
      isNameWord(next.text) &&
      text.slice(tokens[lastToken].end, next.start) === ' ' &&
      !/['’]s$/.test(tokens[lastToken].text)
    )
      continue;
    const end = tokens[i].start + word.length;
    // "Brennan, the firm's chief analyst, agreed": a role given with the short form counts too.
    add(owner.name, { start: tokens[i].start, end }, appositiveAfter(text, tokens, lastToken) ?? copulaRole(text, tokens, lastToken), i, lastToken);
  }
}
