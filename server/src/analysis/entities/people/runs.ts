/**
 * Reading a capitalised name run over the tokens: where it starts and ends (hyphens, initials,
 * particles), its span without a possessive, and what its own shape shows (a family name with a
 * romanised given name, a title right before a single name, a one-word speaker beside a quote, the
 * gap between the names of a list).
 */
import { EAST_ASIAN_SURNAMES, HONORIFICS, NOT_NAME_WORDS, ROLE_NOUNS, isRomanisedGivenName } from '../../lexicon/people';
import { isSpeechForm } from '../../lexicon/speech';
import type { Span, Token } from '../../types';
import { type Word, bare, isNameWord } from './cues';

/** Particles inside names ("van", "al", "de"), which a name run may hold but not end with. */
export const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du']);
/** The lowercase second half of a compound modifier: "-based", "-born", "-backed", "-led". */
const MODIFIER_PART =
  /^(?:based|born|bred|raised|backed|led|run|owned|funded|linked|aligned|allied|affiliated|sponsored|connected|focused|registered|headquartered)$/;

/** The capitalised words from token `i` on, joined across hyphens ("Ji-woo") and initials ("M."). */
export function nameRun(text: string, tokens: readonly Token[], taken: Uint8Array, i: number): Word[] {
  const words: Word[] = [];
  let k = i;
  while (k < tokens.length && words.length < 8) {
    const token = tokens[k];
    if (taken[k] || token.kind !== 'word') break;
    const particle = PARTICLES.has(token.text) && words.length > 0;
    if ((!isNameWord(token.text) && !particle) || (words.length > 0 && isSpeechForm(token.text.toLowerCase(), tokens[k + 1]?.text.toLowerCase()))) break;
    let last = k;
    // "Ji-woo", "Jean-Luc": a hyphen with no space joins two parts of one name word.
    while (
      last + 2 < tokens.length &&
      tokens[last + 1].text === '-' &&
      tokens[last + 1].start === tokens[last].end &&
      tokens[last + 2].start === tokens[last + 1].end &&
      tokens[last + 2].kind === 'word'
    )
      last += 2;
    // "Texas-based", "Kyiv-born": a place with a participle after its hyphen describes whoever is
    // named next; it is no part of the name.
    if (last > k && MODIFIER_PART.test(tokens[last].text)) break;
    // An initial or abbreviated title keeps its period ("M.", "Gen.").
    if (
      last + 1 < tokens.length &&
      tokens[last + 1].text === '.' &&
      tokens[last + 1].start === tokens[last].end &&
      /^(\p{Lu}|Gen|Sen|Rep|Gov|Adm|Col|Lt|Capt|Maj|Sgt|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Rev|Cmdr|Supt|Insp|Det)$/u.test(tokens[last].text)
    )
      last++;
    words.push({ first: k, last, text: text.slice(token.start, tokens[last].end) });
    const next = tokens[last + 1];
    if (!next || /['’]s$/.test(tokens[last].text) || text.slice(tokens[last].end, next.start) !== ' ') break;
    k = last + 1;
  }
  while (words.length && PARTICLES.has(words[words.length - 1].text)) words.pop();
  return words;
}

/** The span of a name, without a trailing possessive. */
export function nameSpan(tokens: readonly Token[], first: number, last: number): Span {
  const end = /['’]s$/.test(tokens[last].text) ? tokens[last].end - 2 : tokens[last].end;
  return { start: tokens[first].start, end };
}

/** "Tan Dailin", "Wong Ong Hua", "Han Ji-woo": a common family name, then one or two romanised given names. */
export function eastAsianName(words: readonly Word[]): boolean {
  if (words.length < 2 || words.length > 4 || !EAST_ASIAN_SURNAMES.has(bare(words[0].text))) return false;
  // Vietnamese given names are short syllables outside Chinese romanisation ("Nguyen Van Thanh").
  const vietnamese = /^(nguyen|tran|pham|hoang|phan|vu|vo|dang|bui|ngo|duong)$/.test(bare(words[0].text));
  return words
    .slice(1)
    .every((w) => (isRomanisedGivenName(w.text) || (vietnamese && /^\p{Lu}\p{Ll}{1,5}$/u.test(w.text))) && !NOT_NAME_WORDS.has(bare(w.text)));
}

/** "…,” Vance said", "said Vance": a one-word name that speaks next to a quote or after the verb. */
export function quotedSpeaker(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && (isSpeechForm(before.text.toLowerCase(), tokens[first]?.text.toLowerCase(), true) || before.text === 'say')) return true;
  return !!before && /^[,"”’]$/.test(before.text) && !!after && isSpeechForm(after.text.toLowerCase(), tokens[last + 2]?.text.toLowerCase());
}

/** The word right before a one-word name is a title or honorific ("Director Vogel", "Mr. Burt"). */
export function titleRightBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === '.') k--;
  const word = bare(tokens[k]?.text ?? '');
  // Modifiers among the title words ("Security", "Digital") are no title on their own.
  return (
    ROLE_NOUNS.has(word) ||
    HONORIFICS.has(word) ||
    /^(gen|sen|rep|gov|adm|col|lt|capt|maj|sgt|prof|king|queen|prince|princess|pope|sheikh|emir|rabbi|imam|bishop|cardinal|archbishop|detective|sheriff|marshal|congressman|congresswoman|mayor|judge|justice|speaker)$/.test(
      word,
    )
  );
}

/**
 * Only commas and "and"/"or" between two names of a list, and perhaps an age ("A, 41, and B") or a
 * relative clause ("A, whom it described as an officer, and B").
 */
export function listGap(tokens: readonly Token[], last: number, first: number): boolean {
  if (tokens[last + 1]?.text === ',' && /^(who|whom)$/.test(tokens[last + 2]?.text ?? '') && first - last <= 30) {
    const and = tokens[first - 1].text;
    const comma = tokens[first - 2].text;
    if (comma !== ',' || (and !== 'and' && and !== 'or')) return false;
    for (let k = last + 3; k < first - 2; k++) if (/^[.;:!?"“”]$/.test(tokens[k].text)) return false;
    return true;
  }
  if (first - last < 2 || first - last > 5) return false;
  for (let k = last + 1; k < first; k++) if (!/^(,|and|or|\d{1,2})$/.test(tokens[k].text)) return false;
  return true;
}
