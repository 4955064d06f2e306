/**
 * Cuts an article into paragraphs, sentences and tokens. Everything here is linear in the length of
 * the text and works on UTF-16 offsets, so astral characters (emoji) simply occupy two code units.
 */
import type { Paragraph, ParagraphKind, Sentence, Span, Structure, Token, TokenKind } from '../types';

/** Abbreviations whose final period does not end a sentence (compared lowercase, without the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'maj',
  'pres',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'dept',
  'univ',
  'mt',
  'ft',
  'gov',
  'rev',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'approx',
  'est',
  'fig',
]);

/** Lines that are page furniture rather than article text. */
const BOILERPLATE =
  /^(advertisement|sponsored( content)?|read more|related:|subscribe\b|sign up\b|follow us\b|share this|copyright\b|©|all rights reserved|the english version is (automatically )?generated|this (article|story) (was|has been) (automatically )?(translated|generated)|click here\b|image:|photo:|caption:)/i;

/** The start of a short credit line: "By", decorated or after a few words ("An analysis by"). */
const BYLINE = /^[*_\s]*(?:(?:\p{Lu}[\p{L}' ]{0,30}\s)?[Bb]y)\s+[*_]*\p{Lu}/u;

/** Characters that may open or close a quotation. */
/**
 * Whether token `n` is a dash that sets off an aside: "—", "–", or, in plain text, either hyphen of
 * "--" or a hyphen with a space before it (" - "). A hyphen inside a word ("Anti-Fraud") is none.
 */
export function isAsideDash(text: string, tokens: readonly Token[], n: number): boolean {
  const t = tokens[n];
  if (!t) return false;
  if (t.text === '—' || t.text === '–') return true;
  return t.text === '-' && (tokens[n - 1]?.text === '-' || tokens[n + 1]?.text === '-' || text[t.start - 1] === ' ');
}

export const QUOTE_CHARS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', "'", '\u2018', '\u2019', '\u201A']);

/** The structure of `text`. Never throws. */
export function structure(text: string): Structure {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of paragraphSpans(text)) {
    const index = paragraphs.length;
    const kind = paragraphKind(text, span, index, paragraphs);
    const firstSentence = sentences.length;
    for (const s of sentenceSpans(text, span)) sentences.push({ ...s, paragraph: index });
    paragraphs.push({ ...span, kind, firstSentence, endSentence: sentences.length });
  }
  return { paragraphs, sentences, tokens: tokenize(text) };
}

/**
 * Paragraph spans, trimmed of surrounding whitespace. Blank lines separate paragraphs; when a text has
 * no blank line at all, each line is a paragraph (many plain-text exports put one paragraph per line).
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const hasBlankLine = /\n[ \t\r]*\n/.test(text);
  const separator = hasBlankLine ? /\n[ \t\r]*\n[\s]*/g : /\n+/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const trimmed = trim(text, from, to);
    if (trimmed.end > trimmed.start) spans.push(trimmed);
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  // Markdown headings are paragraphs of their own even without a blank line after them.
  return spans.flatMap((span) => splitHeadings(text, span));
}

function splitHeadings(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  if (!/^#{1,6} /m.test(body) || !body.includes('\n')) return [span];
  const out: Span[] = [];
  let lineStart = span.start;
  let blockStart = span.start;
  while (lineStart < span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
    if (/^#{1,6} /.test(text.slice(lineStart, lineStart + 7))) {
      if (lineStart > blockStart) out.push(trim(text, blockStart, lineStart));
      out.push(trim(text, lineStart, lineEnd));
      blockStart = lineEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart < span.end) out.push(trim(text, blockStart, span.end));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function paragraphKind(text: string, span: Span, index: number, before: Paragraph[]): ParagraphKind {
  const body = text.slice(span.start, Math.min(span.end, span.start + 400));
  if (/^#{1,6} /.test(body)) return before.some((p) => p.kind === 'headline') ? 'heading' : 'headline';
  if (BOILERPLATE.test(body)) return 'boilerplate';
  const length = span.end - span.start;
  const firstBody = !before.some((p) => p.kind === 'body');
  // "By Ana Diaz", "**By Ana Diaz**", "An analysis by Ana Diaz", "Reporting by Ana Diaz": a short credit line.
  if (firstBody && BYLINE.test(body) && length < 120 && !/[.!?]["”]?$/.test(body)) return 'byline';
  if (firstBody && length < 60 && /^(updated|published|posted)?\s*[\p{L}.]*\s*\d{1,2},?\s+\d{4}\b|^\d{4}-\d{2}-\d{2}/iu.test(body)) {
    return 'dateline';
  }
  // A first short line without final punctuation is the headline. A closing quotation mark after
  // the period ("... safe. “We checked.”") still ends a sentence.
  if (index === 0 && length < 200 && !text.slice(span.start, span.end).includes('\n') && !/[.:]["'”’)]*$/.test(body)) {
    return 'headline';
  }
  return 'body';
}

/** Sentence spans within one paragraph. */
export function sentenceSpans(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let start = paragraph.start;
  const end = paragraph.end;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\n') continue;
    if (ch === '\n') {
      // A line break inside a paragraph ends a sentence only if the line looks like a list item or heading.
      if (/^\s*([-*•]|\d+[.)])\s/.test(text.slice(i + 1, i + 6))) {
        pushSentence(text, spans, start, i);
        start = i + 1;
      }
      continue;
    }
    // Take the whole run of terminal punctuation and any closing quotes or brackets after it.
    let j = i + 1;
    while (j < end && /[.!?"'”’)\]]/.test(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    if (ch === '.' && isAbbreviation(text, paragraph.start, i)) continue;
    const next = text[k];
    // A new sentence starts with a capital, a digit or an opening quote/bracket.
    if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) continue;
    pushSentence(text, spans, start, j);
    start = k;
    i = k - 1;
  }
  pushSentence(text, spans, start, end);
  return spans;
}

function pushSentence(text: string, spans: Span[], start: number, end: number): void {
  const trimmed = trim(text, start, end);
  if (trimmed.end > trimmed.start) spans.push(trimmed);
}

/** Whether the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let w = dot;
  while (w > floor && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  // A single capital letter is an initial ("John F. Kennedy"), unless it is a pronoun-like "I".
  if (/^\p{Lu}$/u.test(word)) return word !== 'I';
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "U.S." at the end of a sentence is common; only treat it as an abbreviation when the next word
    // is capitalised like a name would be ("U.S. Cyber Command") is unknowable here, so keep it joined.
    return true;
  }
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

const TOKEN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*(?:\.(?:\p{L}\.)+)?)|(\p{N}+(?:[.,:]\p{N}+)*)|(["“”«»„'‘’‚])|(\s+)|([\s\S])/uy;

/** Word, number, punctuation and quote tokens; whitespace is skipped. Surrogate pairs stay whole. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) break;
    const kind: TokenKind | null = match[1] ? 'word' : match[2] ? 'number' : match[3] ? 'quote' : match[4] ? null : 'punct';
    if (kind) tokens.push({ start, end: TOKEN.lastIndex, kind, text: match[0] });
  }
  return tokens;
}
