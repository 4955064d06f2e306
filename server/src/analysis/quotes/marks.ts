/**
 * Classifies the quotation marks of one paragraph: whether each can open or close a quote, judged
 * from the glyph and from what stands on either side of it (the way Markdown judges emphasis
 * delimiters). Apostrophes and elisions are dropped here, so the quote scanner never sees them.
 */
import type { Span } from '../types';

/** One quotation mark that may open or close a quote. */
export interface Mark {
  start: number;
  /** 1, or 2 for a doubled apostrophe used as a double mark (`''`, as some wire copy writes it). */
  length: number;
  char: string;
  family: 'double' | 'single';
  /** Straight (`"`, `'`), curly, or angle marks: a quote continued across paragraphs keeps its style. */
  style: 'straight' | 'curly' | 'angle' | 'doubled';
  canOpen: boolean;
  canClose: boolean;
  /** For single marks: a mark that can close a single quote follows in the paragraph. */
  closerFollows: boolean;
}

const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A']);

/**
 * Words that begin with an elided letter written as an apostrophe ('90s, 'em, 'til, rock 'n' roll).
 * A mark before them is not an opening quote.
 */
const ELISION = /^(?:\d\d?s?\b|\d0s|em|til|cause|bout|n|tis|twas|round|nuff|cuz|fraid|kay|sup|ol|ere|neath|cos)(?![\p{L}])/iu;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Characters after which an opening mark may stand. */
const OPENS_BEFORE = /[([{<\u2014\u2013\-/"'\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB]/;
/** Characters before which a closing mark may stand. */
const CLOSES_BEFORE = /[.,;:!?)\]}>\u2026\u2014\u2013\-/"'\u201C\u201D\u2018\u2019\u00AB\u00BB*]/;

/** The marks of `paragraph`, in order. Linear in the paragraph's length. */
export function classifyMarks(text: string, paragraph: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    if (ch === "'" && text[i + 1] === "'" && i + 1 < paragraph.end) {
      i = doubledApostrophes(text, i, paragraph, marks);
      continue;
    }
    const double = DOUBLE.has(ch);
    if (!double && !SINGLE.has(ch)) continue;
    const prev = i > paragraph.start ? text[i - 1] : undefined;
    const next = i + 1 < paragraph.end ? text[i + 1] : undefined;
    const leftFlank = !isSpace(next) && (isSpace(prev) || OPENS_BEFORE.test(prev!));
    const rightFlank = !isSpace(prev) && (isSpace(next) || CLOSES_BEFORE.test(next!));
    const mark = double ? classifyDouble(text, i, ch, leftFlank, rightFlank) : classifySingle(text, i, paragraph, ch, prev, next, leftFlank, rightFlank);
    if (!mark) continue;
    // A double mark that starts a paragraph opens a quote whatever its glyph (`” … and then`).
    if (mark.family === 'double' && (prev === undefined || (i - paragraph.start <= 4 && /^\p{Cf}+$/u.test(text.slice(paragraph.start, i))))) {
      mark.canOpen = true;
      mark.canClose = false;
    }
    marks.push(mark);
  }
  // Whether a closing single mark follows each mark: a single mark with no possible partner is an
  // apostrophe. A plural possessive (the Smiths' house) is only a closing mark when nothing later is.
  let closerAfter = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k];
    if (m.family !== 'single') continue;
    m.closerFollows = closerAfter;
    if (m.canClose && closerAfter && looksPossessive(text, m.start, paragraph.end)) m.canClose = false;
    if (m.canClose) closerAfter = true;
  }
  return marks;
}

/**
 * A run of straight apostrophes starting at `i`: `''` is a double mark, and a third one is a single
 * mark inside it (`'''` closes a single quote and then the double one, or opens them the other way
 * round). Returns the index of the run's last character.
 */
function doubledApostrophes(text: string, i: number, paragraph: Span, marks: Mark[]): number {
  let end = i;
  while (end < paragraph.end && text[end] === "'") end++;
  const prev = i > paragraph.start ? text[i - 1] : undefined;
  const next = end < paragraph.end ? text[end] : undefined;
  const leftFlank = !isSpace(next) && (isSpace(prev) || OPENS_BEFORE.test(prev!));
  const rightFlank = !isSpace(prev) && (isSpace(next) || CLOSES_BEFORE.test(next!));
  const canOpen = prev === undefined || leftFlank || !rightFlank;
  const canClose = prev !== undefined && (rightFlank || !leftFlank);
  const double = (start: number): Mark => ({ start, length: 2, char: "''", family: 'double', style: 'doubled', canOpen, canClose, closerFollows: false });
  const single = (start: number): Mark => ({
    start,
    length: 1,
    char: "'",
    family: 'single',
    style: 'straight',
    canOpen: canOpen && !canClose,
    canClose: canClose && !canOpen,
    closerFollows: false,
  });
  if (end - i === 3) {
    if (canClose && !canOpen) marks.push(single(i), double(i + 1));
    else marks.push(double(i), single(i + 2));
  } else {
    for (let k = i; k + 1 < end; k += 2) marks.push(double(k));
  }
  return end - 1;
}

function classifyDouble(text: string, i: number, ch: string, leftFlank: boolean, rightFlank: boolean): Mark | null {
  // Inches after feet (5'9") are a unit, not a mark.
  if ((ch === '"' || ch === '\u201D' || ch === '\u2033') && /\d['\u2019\u2032]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i))) return null;
  const style = ch === '"' ? 'straight' : ch === '\u00AB' || ch === '\u00BB' ? 'angle' : 'curly';
  let canOpen: boolean;
  let canClose: boolean;
  if (ch === '\u201C' || ch === '\u201E' || ch === '\u00AB') {
    // An opening glyph used as a closing one (`done.“`) only when the context leaves no doubt.
    canClose = rightFlank && !leftFlank;
    canOpen = !canClose;
  } else if (ch === '\u201D' || ch === '\u00BB') {
    canOpen = leftFlank && !rightFlank;
    canClose = !canOpen;
  } else {
    // A straight mark: the context decides; when it cannot, the scanner's state does.
    canOpen = leftFlank || !rightFlank;
    canClose = rightFlank || !leftFlank;
  }
  return { start: i, length: 1, char: ch, family: 'double', style, canOpen, canClose, closerFollows: false };
}

function classifySingle(
  text: string,
  i: number,
  paragraph: Span,
  ch: string,
  prev: string | undefined,
  next: string | undefined,
  leftFlank: boolean,
  rightFlank: boolean,
): Mark | null {
  // Between two letters or digits it is an apostrophe (it's, the group's, O'Brien, 5'9").
  if (isWordChar(prev) && isWordChar(next)) return null;
  let canOpen = leftFlank && !rightFlank;
  let canClose = rightFlank && !leftFlank && ch !== '\u2018' && ch !== '\u201A';
  if (canOpen && ELISION.test(text.slice(i + 1, Math.min(paragraph.end, i + 8)))) canOpen = false;
  // The closing mark of rock 'n' roll.
  if (canClose && /\s['\u2018\u2019]n$/.test(text.slice(Math.max(paragraph.start, i - 3), i))) canClose = false;
  if (!canOpen && !canClose) return null;
  const style = ch === "'" ? 'straight' : 'curly';
  return { start: i, length: 1, char: ch, family: 'single', style, canOpen, canClose, closerFollows: false };
}

/** `s' ` followed by a lowercase word: more likely a plural possessive than the end of a quote. */
function looksPossessive(text: string, i: number, end: number): boolean {
  return text[i - 1] === 's' && i + 2 < end && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2]);
}
