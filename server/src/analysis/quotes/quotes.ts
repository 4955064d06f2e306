/**
 * Direct quotations: curly and straight double marks, single marks (nested inside double quotes, in
 * headlines, or as the main marks of British-style text), quotes continued across paragraphs, and
 * fragments. Apostrophes (it's, the group's, '90s, rock 'n' roll, the Smiths' house) are not marks.
 *
 * Each paragraph is scanned once with a small stack of open marks, so the work is linear in the
 * length of the text whatever the marks look like (500 marks in a row, quotes that never close).
 */
import { classifyMarks, type Mark } from './marks';
import { firstEndingAfter, spanIndexAt } from '../text/spans';
import type { Span, Structure } from '../types';

/** A quotation found in the text, before speakers are attributed. */
export interface QuoteSpan extends Span {
  /** The quoted words, marks excluded (from the first opening mark to the last closing mark). */
  content: Span;
  /** For a quote continued across paragraphs: one part per paragraph, each with its marks. */
  parts?: Span[];
  /** A scare quote or partial quote inside a sentence rather than a full quoted statement. */
  fragment?: boolean;
  /** The opening mark is never closed: the quote is taken to run to the end of its paragraph. */
  unclosed?: boolean;
}

/** Deeper nesting than this is noise (runs of marks); further opening marks are ignored. */
const MAX_DEPTH = 6;

/** An opening mark waiting for its closing mark. */
interface Open {
  mark: Mark;
  /** The paragraph parts of a quote continued across paragraphs (closed parts only). */
  parts: Span[];
  /** Start of the current part (the opening mark in the current paragraph). */
  partStart: number;
  /** Quotes closed directly inside this one: dropped if it closes, promoted if it never does. */
  inner: QuoteSpan[];
}

/** Quotations, and opening marks that are never closed. Never throws. */
export function findQuotes(text: string, structure: Structure, blockQuotes: readonly Span[] = []): { quotes: QuoteSpan[]; unbalanced: Span[] } {
  const quotes: QuoteSpan[] = [];
  const unbalanced: Span[] = [];
  const paragraphs = structure.paragraphs;
  const stack: Open[] = [];

  /** Moves a quote into the enclosing open quote, or into the results at the top level. */
  const settle = (quote: QuoteSpan, depth: number) => {
    if (depth > 0) stack[depth - 1].inner.push(quote);
    else quotes.push(quote);
  };
  /**
   * Pops the top entry as never closed: its inner quotes move up, and a reliable mark is reported.
   * Given the end of the paragraph it was left open in, an outermost double mark with no quote
   * inside it also becomes a quote up to there, so that its speaker is still found.
   */
  const abandon = (paragraphEnd?: number) => {
    const entry = stack.pop()!;
    for (const q of entry.inner) settle(q, stack.length);
    if (entry.mark.family === 'double' || (entry.mark.char === '\u2018' && stack.length === 0)) {
      unbalanced.push({ start: entry.partStart, end: entry.partStart + entry.mark.length });
    }
    if (paragraphEnd === undefined || stack.length > 0 || entry.mark.family !== 'double' || entry.inner.length > 0) return;
    let end = paragraphEnd;
    while (end > entry.partStart && /\s/.test(text[end - 1])) end--;
    const quote: QuoteSpan = { start: entry.mark.start, end, content: { start: entry.mark.start + entry.mark.length, end }, unclosed: true };
    if (entry.parts.length > 0) quote.parts = [...entry.parts, { start: entry.partStart, end }];
    if (hasWords(text, quote.content)) quotes.push(quote);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const marks = classifyMarks(text, paragraph);
    let first = 0;
    if (stack.length > 0) {
      // The previous paragraph left a quote open; it continues here if this paragraph opens with a
      // mark of the same kind, as news style repeats the opening mark on each quoted paragraph.
      const m = marks[0];
      if (m && m.start === paragraph.start + leadingInvisibles(text, paragraph.start) && m.canOpen && sameKind(m, stack[0].mark)) {
        while (stack.length > 1) abandon();
        stack[0].partStart = m.start;
        first = 1;
      } else {
        // The quote was carried over for nothing: it ends with the paragraph before.
        const carried = stack[0].parts.pop();
        if (carried) stack[0].partStart = carried.start;
        while (stack.length > 0) abandon(carried?.end);
      }
    }
    for (let i = first; i < marks.length; i++) {
      const m = marks[i];
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (m.canClose && (!m.canOpen || (top && top.mark.family === m.family))) {
        // Close the nearest open mark of the same family; unclosed single marks above it are dropped.
        let at = stack.length - 1;
        while (at >= 0 && stack[at].mark.family !== m.family) at--;
        if (at < 0 || (m.family === 'single' && at !== stack.length - 1)) continue;
        while (stack.length - 1 > at) abandon();
        const entry = stack.pop()!;
        const end = m.start + m.length;
        const parts = entry.parts.length > 0 ? [...entry.parts, { start: entry.partStart, end }] : undefined;
        const quote: QuoteSpan = { start: entry.mark.start, end, content: { start: entry.mark.start + entry.mark.length, end: m.start } };
        if (parts) quote.parts = parts;
        if (hasWords(text, quote.content)) settle(quote, stack.length);
        else for (const q of entry.inner) settle(q, stack.length);
      } else if (m.canOpen) {
        // A line break inside a paragraph works as a paragraph break: an opening mark at the start of
        // a line continues a quote left open on the line before.
        const lineEnd = stack.length > 0 && sameKind(m, stack[0].mark) ? previousLineEnd(text, paragraph.start, m.start) : -1;
        if (lineEnd > stack[0]?.partStart) {
          while (stack.length > 1) abandon();
          stack[0].parts.push({ start: stack[0].partStart, end: lineEnd });
          stack[0].partStart = m.start;
          continue;
        }
        if (stack.length >= MAX_DEPTH) continue;
        // A single mark only opens a quote if a closing single mark follows in the paragraph;
        // otherwise it is an apostrophe or an elision the classifier could not rule out.
        if (m.family === 'single' && !m.closerFollows && !(m.start === paragraph.start && opensNext(text, paragraphs[p + 1], m))) continue;
        stack.push({ mark: m, parts: [], partStart: m.start, inner: [] });
      }
    }
    if (stack.length > 0) {
      const next = paragraphs[p + 1];
      const continues = opensNext(text, next, stack[0].mark);
      if (continues) stack[0].parts.push({ start: stack[0].partStart, end: paragraph.end });
      else while (stack.length > 0) abandon(paragraph.end);
    }
  }
  while (stack.length > 0) abandon();
  // Markdown block quotes with no marks of their own: the words after the first "> " are quoted.
  for (const block of blockQuotes) {
    const lead = /^ {0,3}> ?/.exec(text.slice(block.start, block.end));
    const content = { start: block.start + (lead ? lead[0].length : 0), end: block.end };
    if (hasWords(text, content)) quotes.push({ start: block.start, end: block.end, content });
  }
  quotes.sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    if (!q.parts && isFragment(text, structure, q)) q.fragment = true;
  }
  return { quotes: quotes.filter((q) => !isQuotedHeading(text, structure, q)), unbalanced: unbalanced.sort((a, b) => a.start - b.start) };
}

/**
 * A subheading set in quote marks ("‘A long night at the plant’" as a line of its own): the quote is
 * the whole paragraph, short, with no sentence punctuation inside. Quoted speech set as a paragraph
 * ends its sentence inside the marks, so a reader takes this for a heading, not for anyone's words.
 */
function isQuotedHeading(text: string, structure: Structure, q: QuoteSpan): boolean {
  if (q.parts || q.unclosed) return false;
  const paragraph = structure.paragraphs[spanIndexAt(structure.paragraphs, q.start)];
  if (!paragraph || text.slice(paragraph.start, q.start).trim() !== '' || text.slice(q.end, paragraph.end).trim() !== '') return false;
  const content = text.slice(q.content.start, q.content.end);
  return !/[.!?…,;:—]/.test(content) && (content.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 12;
}

function sameKind(a: Mark, b: Mark): boolean {
  return a.family === b.family && (a.style === b.style || (a.family === 'single' && a.char === b.char));
}

/** Invisible formatting characters (direction marks, zero-width spaces) at `offset`, bounded. */
function leadingInvisibles(text: string, offset: number): number {
  let n = 0;
  while (n < 4 && /\p{Cf}/u.test(text[offset + n] ?? '')) n++;
  return n;
}

/**
 * When only spaces separate `offset` from a line break (looking back a few characters), the end of
 * the line before, trimmed; otherwise -1.
 */
function previousLineEnd(text: string, floor: number, offset: number): number {
  let i = offset - 1;
  while (i > floor && offset - i < 8 && /[ \t\r\p{Cf}]/u.test(text[i])) i--;
  if (i <= floor || text[i] !== '\n') return -1;
  while (i > floor && /\s/.test(text[i - 1])) i--;
  return i;
}

/** Whether the paragraph `next` starts with an opening mark like `mark`, continuing its quote. */
function opensNext(text: string, next: Span | undefined, mark: Mark): boolean {
  if (!next) return false;
  const ch = text[next.start + leadingInvisibles(text, next.start)];
  if (mark.family === 'single') return ch === mark.char;
  if (mark.style === 'doubled') return text.startsWith("''", next.start);
  return mark.style === 'straight' ? ch === '"' : mark.style === 'curly' ? ch === '\u201C' || ch === '\u201D' || ch === '\u201E' : ch === '\u00AB';
}

/** Whether a span holds at least one letter or digit (empty quotes like `""` are not quotations). */
function hasWords(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i])) return true;
  }
  return false;
}

/**
 * A fragment is a partial or scare quote: it starts lowercase ("called it “a disgrace”"), or it is a
 * short run of words without final punctuation inside a sentence (a title, a slogan, a label).
 */
function isFragment(text: string, structure: Structure, q: QuoteSpan): boolean {
  let s = q.content.start;
  let e = q.content.end;
  while (s < e && /[\s.…\[(\-—–]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s >= e) return true;
  const firstChar = text[s];
  if (/\p{Ll}/u.test(firstChar)) return true;
  const ending = text.slice(Math.max(s, e - 4), e);
  if (/[.!?…]["'”’)\]]*$/.test(ending)) return false;
  const words = countWords(text, s, e, 13);
  const atStart = startsSentence(text, structure, q.start);
  // A comma before the closing mark ends a statement ("We will win," she said) unless a short
  // run of words follows a word mid-sentence, as a title does (dubbed "Operation Dream Job," it ...).
  if (/[,;:—–\-]["'”’)\]]*$/.test(ending)) return !atStart && words <= 6 && /[\p{L}\p{N}]/u.test(text[q.start - 2] ?? '');
  if (words <= 12 && !atStart) return true;
  return words <= 5;
}

function countWords(text: string, start: number, end: number, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n < cap; i++) {
    const w = !/\s/.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Whether only spaces, marks or a colon-introduced pause separate `offset` from its sentence start. */
function startsSentence(text: string, structure: Structure, offset: number): boolean {
  const sentence = structure.sentences[firstEndingAfter(structure.sentences, offset)];
  if (!sentence || sentence.start > offset) return true;
  // Marks and spaces may stand before it; a colon introduces a quote as a sentence would start.
  let i = offset - 1;
  while (i >= sentence.start && offset - i < 40 && /[\s"'“”‘’(\[]/.test(text[i])) i--;
  return i < sentence.start || text[i] === ':';
}
