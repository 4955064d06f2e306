/**
 * Organizations with one-word or plain names that no shape shows ("Bybit", "Kyivstar", "Netgear"),
 * recognised by what the sentence says of them: a kind of organization right before the name ("the
 * exchange Bybit", "the Israeli company Unitronics"), an appositive that says what it is ("Kyivstar,
 * Ukraine's largest mobile operator"), a workplace ("researchers at Hanbit"), or a list with another
 * organization ("routers made by Cisco and Netgear"). Every other use of the same name is then the same
 * organization. Ids are `org:<slug of the name>` until an acronym renames them (acronyms.ts). Weak
 * cues are kept from sentence openers: an adverb before a comma ("Elsewhere, a vendor ...") is no name.
 */
import { markUnlisted } from './acronyms';
import { orgMention } from './shapes';
import { GIVEN_NAMES, HONORIFICS, NOT_NAME_WORDS, OPENERS, ROLE_NOUNS } from '../../lexicon/people';
import type { EntityMention, Token } from '../../types';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Common nouns for a kind of organization. */
const ORG_NOUNS = words(`
  company companies firm firms startup start-up maker manufacturer vendor vendors provider operator exchange site
  website outlet newspaper publication broadcaster bank lender insurer carrier retailer consultancy
  nonprofit non-profit charity platform brand conglomerate giant utility magazine tabloid publisher
  subsidiary supplier airline automaker chipmaker telecom telco marketplace
`);
/** People who work somewhere: "researchers at X" names a workplace. */
const STAFF = words(`
  researchers researcher analysts analyst engineers engineer experts expert employees employee staff executives
  executive officials official scientists scientist investigators investigator spokesperson spokesman spokeswoman
  professor professors fellow fellows director head chief
`);

/**
 * Adverbs that open a sentence with a comma after them ("Elsewhere, a vendor in Ohio warned"): what
 * follows the comma is the sentence's subject, not an appositive, so the word names nothing.
 */
const ADVERBS = words(`
  elsewhere nationwide worldwide overnight tonight afterwards afterward abroad instead otherwise together overall
  online offline altogether anyway regardless nonetheless meanwhile beforehand thereafter hereafter
`);

const capitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const bare = (s: string) => s.toLowerCase().replace(/['’]s$/, '');

/** Organizations found by these cues, with every other use of their names; marks their tokens taken. */
export function findCuedOrganizations(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  starts: Set<number>,
  known: readonly EntityMention[],
): EntityMention[] {
  const names = new Map<string, EntityMention>();
  const people = personWords(tokens);
  const listed = listedTokens(tokens, known);
  const note = (first: number, last: number) => {
    const mention = orgMention(text, tokens, first, last);
    if (!names.has(mention.text) && !people.has(mention.text)) names.set(mention.text, mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    const last = nameEnd(text, tokens, taken, i);
    if (last < 0) continue;
    // The text's first word has nothing before it.
    const before: Token = tokens[i - 1] ?? { kind: 'punct', text: '', start: 0, end: 0 };
    const lower = before.text.toLowerCase();
    const start = starts.has(i);
    if (start && last === i && (isOpener(tokens[i].text) || (/^\p{Lu}\p{Ll}+ly$/u.test(tokens[i].text) && tokens[i + 1]?.text === ','))) continue;
    if (before.kind === 'word' && ORG_NOUNS.has(lower) && !start) note(i, last);
    else if (lower === 'at' && STAFF.has(bare(tokens[i - 2]?.text ?? '')) && !start) note(i, last);
    else if (!start && last === i && !(listed[i - 1] && capitalised(before)) && listedWithOrganization(tokens, i, listed)) note(i, last);
    else if (appositiveSaysOrganization(tokens, last, start)) note(i, last);
    i = last;
  }
  const out: EntityMention[] = [];
  if (names.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const last = nameEnd(text, tokens, taken, i);
    if (last < 0) continue;
    const stop = /['’]s$/.test(tokens[last].text) ? tokens[last].end - 2 : tokens[last].end;
    const found = names.get(text.slice(tokens[i].start, stop));
    if (found) {
      out.push(markUnlisted({ ...orgMention(text, tokens, i, last), id: found.id, name: found.name }));
      for (let k = i; k <= last; k++) taken[k] = 1;
    }
    i = last;
  }
  return out;
}

/** Words the text also writes after an honorific or a common given name ("Mr. Clinton", "Hillary Clinton"): people's names. */
function personWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (!HONORIFICS.has(lower) && !(GIVEN_NAMES.has(lower) && /^\p{Lu}/u.test(tokens[i].text))) continue;
    const k = tokens[i + 1].text === '.' ? i + 2 : i + 1;
    if (capitalised(tokens[k])) out.add(tokens[k].text.replace(/['’]s$/, ''));
  }
  return out;
}

/**
 * The last token of a free name of one to three capitalised words starting at token i, or -1. A name
 * that starts with a common given name is left to the people finder.
 */
function nameEnd(text: string, tokens: readonly Token[], taken: Uint8Array, i: number): number {
  // "Mr. Bezos": an honorific names no organization.
  if (taken[i] || !capitalised(tokens[i]) || HONORIFICS.has(tokens[i].text.toLowerCase())) return -1;
  // A capital right before continues a longer name, unless it is an adverb opening the sentence ("Later Bybit said").
  const prev = tokens[i - 1];
  if (i > 0 && capitalised(prev) && !taken[i - 1] && !isOpener(prev.text) && text.slice(prev.end, tokens[i].start) === ' ') return -1;
  // "Later Bybit": the opener starts no name of its own either.
  if (isOpener(tokens[i].text) && capitalised(tokens[i + 1])) return -1;
  if (i > 0 && tokens[i - 1].text === '-' && tokens[i - 1].end === tokens[i].start) return -1;
  let last = i;
  while (
    last - i < 3 &&
    !/['’]s$/.test(tokens[last].text) &&
    capitalised(tokens[last + 1]) &&
    !taken[last + 1] &&
    text.slice(tokens[last].end, tokens[last + 1].start) === ' '
  )
    last++;
  if (capitalised(tokens[last + 1]) && text.slice(tokens[last].end, tokens[last + 1].start) === ' ') return -1;
  // "Citizens for Tax Justice": a name that goes on past a connector is not this short one.
  if (/^(of|for|&)$/.test(tokens[last + 1]?.text ?? '') && capitalised(tokens[last + 2])) return -1;
  for (let k = i; k <= last; k++) if (NOT_NAME_WORDS.has(bare(tokens[k].text))) return -1;
  if (GIVEN_NAMES.has(bare(tokens[i].text))) return -1;
  return last;
}

/** A word that opens sentences as an adverb ("Elsewhere", "Later", "Separately"). */
function isOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return OPENERS.has(lower) || ADVERBS.has(lower);
}

/**
 * ", Ukraine's largest mobile operator," / ", a Dubai-based exchange," after the name. At a sentence
 * start the appositive must be closed by a comma or dash: "Kyivstar, a mobile operator in Ukraine, went
 * dark" has one, while in "Tonight, the exchange in Dubai halted" the phrase is the sentence's subject.
 */
function appositiveSaysOrganization(tokens: readonly Token[], last: number, start = false): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const opener = tokens[last + 2];
  if (!opener || !(/^(a|an|the)$/i.test(opener.text) || /['’]s$/.test(opener.text))) return false;
  for (let k = last + 3; k < tokens.length && k <= last + 9; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (ORG_NOUNS.has(t.text.toLowerCase())) {
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && !/^(in|of|for|that|which|whose|based|with|and|to|at)$/.test(next.text)) return false;
      return !start || closedAppositive(tokens, k + 1);
    }
    // ", a researcher at a Lagos bank": the appositive is a person's role, the organization is where they work.
    if (ROLE_NOUNS.has(t.text.toLowerCase())) return false;
  }
  return false;
}

/** Which tokens a listed (knowledge) organization's mention covers. */
function listedTokens(tokens: readonly Token[], known: readonly EntityMention[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const mentions = known.filter((e) => e.kind === 'organization').sort((a, b) => a.start - b.start);
  let m = 0;
  for (let k = 0; k < tokens.length && m < mentions.length; k++) {
    while (m < mentions.length && mentions[m].end + 2 < tokens[k].end) m++;
    if (m < mentions.length && mentions[m].start <= tokens[k].start && tokens[k].end <= mentions[m].end + 2) out[k] = 1;
  }
  return out;
}

/** "Cisco and Netgear", "Netgear, Cisco": one word in a list next to a listed (knowledge) organization. */
function listedWithOrganization(tokens: readonly Token[], i: number, listed: Uint8Array): boolean {
  const isOrgAt = (k: number) => listed[k] === 1;
  const before = tokens[i - 1]?.text;
  const after = tokens[i + 1]?.text;
  // After a bare comma the list must go on ("Cisco, Netgear and TP-Link"): in "At the State Department,
  // FOIA searches ..." the comma ends a phrase.
  if (before === 'and' || before === 'or' || (before === ',' && (after === ',' || after === 'and' || after === 'or'))) {
    const k = tokens[i - 2]?.text === ',' ? i - 3 : i - 2;
    if (k >= 0 && isOrgAt(k)) return true;
  }
  return (after === 'and' || after === 'or') && i + 2 < tokens.length && isOrgAt(i + 2);
}

/** Whether a comma or dash closes the phrase before its sentence ends (within a dozen tokens of `from`). */
function closedAppositive(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k].text;
    if (t === ',' || t === '—' || t === '–' || t === '(') return true;
    if (/^[.!?;:]$/.test(t) || /\n/.test(t)) return false;
  }
  return false;
}
