/**
 * Organizations the knowledge does not list, recognised by their shape: a capitalised name that ends
 * in a word only organizations end in ("Yonsei University", "Sony Pictures Entertainment"), a head
 * with its complement ("Federal Reserve Bank of New York", "Center for Digital Democracy"), or a firm
 * name joined by an ampersand ("Halden & Crane"). Their id is `org:<slug of the name as first written>`,
 * or the acronym's slug once the article gives one (acronyms.ts: "National Crime Agency (NCA)").
 */
import { OPENERS } from '../../lexicon/people';
import { markUnlisted } from './acronyms';
import { slugify } from '../../text/ids';
import type { EntityMention, Structure, Token } from '../../types';

export { linkAcronyms } from './acronyms';

const HEADS = new Set(
  (
    'University College Institute Authority Bank Entertainment Enterprise Enterprises Technology Technologies Party ' +
    'Committee Council Agency Department Ministry Commission Foundation Association Corporation Corp Inc Ltd LLC ' +
    'Company Networks Systems Labs Lab Laboratory Laboratories Center Centre Board Bureau Court Airlines Airways ' +
    'Hospital School Police Army Navy Union Federation Organization Organisation Group Times Post Journal Telecom ' +
    'Holdings Software Security Solutions Consulting Partners Capital Media Press Directorate Command Service ' +
    'Services Division Church Academy Society Trust Fund Forum Coalition League Movement Front Industries Motors ' +
    'Office Administration Energy Power Electric Forces Corps Guard Assembly Parliament Museum Library Club Herald Gazette ' +
    'Tribune Chronicle Hebdo Observer Monitor Courier Dispatch Telegraph Inquirer Examiner Globe Ledger Mirror ' +
    'Force Alliance Institution Observatory Consortium Tribunal Secretariat'
  ).split(' '),
);
/** A one-word brand that ends in a head ("DisinfoLab", "CyberSec"): an internal capital before the head. */
const CAMEL_HEAD = /^\p{Lu}[\p{Ll}\p{N}]+(Lab|Labs|Tech|Net|Soft|Sec|Security|Works|Systems|Group|Media|Watch|Intel|Data|Cloud|Bank|Pay)$/u;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&', 'de']);
/** Connectors that open a head's complement: everything after them belongs to the name. */
const COMPLEMENT = new Set(['of', 'for', 'on']);
/** Heads that take an "on" complement ("Council on Foreign Relations"); elsewhere "on" starts a date or place. */
const ON_HEADS = new Set(['Committee', 'Council', 'Commission', 'Board', 'Conference', 'Forum', 'Panel', 'Subcommittee', 'Center', 'Centre', 'Institute']);
/** Dates are never part of a name ("the Security Council on Friday"). */
const DATE_WORDS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);
/** Words that start sentences or name things other than organizations; a run never starts with them. */
const LEADING = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'For',
  'As',
  'By',
  'From',
  'With',
  'When',
  'While',
  'After',
  'Before',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'This',
  'That',
]);
/** Titles that follow an organization's name and start a person's role ("... Democracy Director Jeff Chester"). */
const TITLES = new Set(
  (
    'Director President Chairman Chairwoman Chair Chief Spokesman Spokeswoman Spokesperson Secretary Minister Executive CEO ' +
    'Professor Fellow Researcher Analyst Founder Commissioner Deputy Vice Senior Head Governor Justice Judge Attorney ' +
    'Senator Ambassador Commander General Officer Agent Inspector Superintendent'
  ).split(' '),
);

/**
 * The most tokens an organization's name spans ("International Federation of Red Cross and Red
 * Crescent Societies" is 9): a longer capitalised run is a headline or a list, and reading no further
 * keeps the scan from every word of an endless run linear.
 */
const MAX_NAME_TOKENS = 16;

/** Names shaped like organizations that are places. */
const PLACES = new Set(['Oval Office', 'Box Office']);

/** Whether token i opens a sentence or line: nothing but punctuation or a quote before it since a period or line break. */
function atSentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  const before = i > 0 ? text.slice(tokens[i - 1].start, tokens[i].start) : '\n';
  return i === 0 || /^[.!?:"“”‘’']/.test(before) || before.includes('\n');
}

const capitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const bareWord = (s: string) => s.replace(/['’]s$/, '');

/** Whether a word can end an organization's name ("Agency", "Bank", "DisinfoLab"). */
export function isOrgHead(word: string): boolean {
  const w = bareWord(word);
  return HEADS.has(w) || CAMEL_HEAD.test(w);
}

/** A one-word brand name with an organization head inside it ("DisinfoLab"). */
export function isBrand(word: string): boolean {
  return CAMEL_HEAD.test(word);
}

/**
 * The organization-shaped run of capitalised words starting at token `i`: the index of its last
 * token, or -1. With `single`, a lone head counts too (after a demonym: "British Army").
 */
export function orgRunAt(text: string, tokens: readonly Token[], i: number, taken: Uint8Array, single = false): number {
  if (taken[i] || !capitalised(tokens[i]) || LEADING.has(tokens[i].text) || DATE_WORDS.has(tokens[i].text)) return -1;
  // Common words that open sentences ("Among", "Two", "Addressing") start no name.
  if (OPENERS.has(tokens[i].text.toLowerCase()) || (/ing$/.test(tokens[i].text) && atSentenceStart(text, tokens, i))) return -1;
  // "Commander-in-Chief Forum": a run starts a word, not the middle of a hyphenated one.
  if (i > 0 && tokens[i - 1].text === '-' && tokens[i - 1].end === tokens[i].start) return -1;
  let end = i;
  let lastHead = -1;
  let complement = false;
  let firm = false;
  let k = i;
  while (k < tokens.length && !taken[k]) {
    if (k - i >= MAX_NAME_TOKENS) return -1;
    const t = tokens[k];
    const gap = k > i ? text.slice(tokens[k - 1].end, t.start) : '';
    if (t.text === '.' && gap === '' && /^(Corp|Inc|Ltd|Co)$/.test(tokens[k - 1].text)) {
      end = k;
      k++;
      continue;
    }
    if (k > i && gap !== ' ') break;
    const following = tokens[k + 1];
    const nextIsName = capitalised(following) && !taken[k + 1] && !DATE_WORDS.has(following.text) && text.slice(t.end, following.start) === ' ';
    if (capitalised(t)) {
      // A title with a name after it starts a person's role ("... Court Justice Frank Nervo").
      if (k > i && ((TITLES.has(t.text) && capitalised(following)) || DATE_WORDS.has(t.text))) break;
      end = k;
      if (isOrgHead(t.text)) lastHead = k;
      if (/['’]s$/.test(t.text)) break;
      k++;
      continue;
    }
    // "Chengdu 404 Network Technology": a number inside a name.
    if (k > i && t.kind === 'number' && nextIsName) {
      k++;
      continue;
    }
    if (CONNECTORS.has(t.text) && nextIsName) {
      // "Georgetown University and Yonsei University" are two names; "Food and Drug Administration" and
      // "Defense and Security" inside a complement are one.
      if (t.text === 'and' && (lastHead >= 0 || firm) && !complement) break;
      if (t.text === 'on' && !(lastHead === end && ON_HEADS.has(bareWord(tokens[lastHead].text)))) break;
      // "Andrew Ross Sorkin of The New York Times": a complement with no head before it starts no name here.
      if (COMPLEMENT.has(t.text) && lastHead < 0) return -1;
      if (COMPLEMENT.has(t.text) && lastHead >= 0) complement = true;
      if (t.text === '&') firm = true;
      k++;
      continue;
    }
    break;
  }
  if (lastHead < 0 && !(firm && end > i)) return -1;
  // After the head only a complement belongs to the name ("Bank of New York"); a firm name is whole.
  // Capitalised words after the head make the head a modifier: "Clean Power Plan" is no organization.
  if (!complement && !firm && end > lastHead) return -1;
  const last = complement || firm ? end : lastHead;
  if (last === i && !single) return -1;
  return last;
}

/**
 * Mentions of unlisted organizations among the tokens nothing else took; marks their tokens taken.
 * Title-case headlines capitalise every word, so no shape shows an organization there.
 */
export function findShapeOrganizations(text: string, structure: Structure, taken: Uint8Array): EntityMention[] {
  const tokens = structure.tokens;
  const out: EntityMention[] = [];
  /** Word prefixes of the names found so far, for later short forms. */
  const prefixes = new Map<string, EntityMention>();
  let p = 0;
  let checked = -1;
  let skip = false;
  for (let i = 0; i < tokens.length; i++) {
    while (p < structure.paragraphs.length && structure.paragraphs[p].end <= tokens[i].start) p++;
    if (p !== checked) {
      checked = p;
      skip = titleCaseHeadline(structure, tokens, p, i);
    }
    if (skip) continue;
    const last = orgRunAt(text, tokens, i, taken);
    if (last < 0) continue;
    const mention = orgMention(text, tokens, i, last);
    if (PLACES.has(mention.text)) {
      i = last;
      continue;
    }
    // "the Hanbit Institute" after "the Hanbit Institute for Security Studies": a short form of the same one.
    const full = prefixes.get(mention.text);
    out.push(full ? markUnlisted({ ...mention, id: full.id, name: full.name }) : mention);
    const words = mention.text.split(' ');
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (isOrgHead(words[n - 1]) && !prefixes.has(prefix)) prefixes.set(prefix, mention);
    }
    for (let j = i; j <= last; j++) taken[j] = 1;
    i = last;
  }
  return out;
}

/**
 * Whether paragraph p (token `from` on) is a headline or a short line with most longer words
 * capitalised, as headlines are written (a sentence has lower-case verbs and nouns).
 */
function titleCaseHeadline(structure: Structure, tokens: readonly Token[], p: number, from: number): boolean {
  const paragraph = structure.paragraphs[p];
  if (!paragraph) return false;
  const headline = paragraph.kind === 'headline' || paragraph.kind === 'heading';
  if (!headline && paragraph.end - paragraph.start > 150) return false;
  let words = 0;
  let capitals = 0;
  for (let k = from; k < tokens.length && tokens[k].start < paragraph.end; k++) {
    if (tokens[k].kind !== 'word' || tokens[k].text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(tokens[k].text)) capitals++;
  }
  return words >= 3 && capitals >= (headline ? words * 0.85 : words);
}

/**
 * The mention of an unlisted organization named by tokens [first, last], its id the slug of the name
 * ("U.S." and "U.K." slugged as one word: `org:us-space-command`). An acronym found later may rename it.
 */
export function orgMention(text: string, tokens: readonly Token[], first: number, last: number): EntityMention {
  const start = tokens[first].start;
  const stop = /['’]s$/.test(tokens[last].text) ? tokens[last].end - 2 : tokens[last].end;
  const name = text.slice(start, stop);
  const id = `org:${slugify(name.replace(/\bU\.([SK])\./g, 'U$1'))}`;
  return markUnlisted({ start, end: stop, kind: 'organization', text: name, id, name });
}
