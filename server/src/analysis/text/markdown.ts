/**
 * The prose of a Markdown article, for analysis: the document parsed with mdast-util-from-markdown
 * (micromark, CommonMark), and every part that is not prose
 * replaced by spaces, line breaks kept, so that every offset still points into the file as written:
 * YAML or TOML front matter, fenced and indented code, inline code, HTML (comments and tags),
 * images, link reference definitions, and a link's destination and title (its text stays).
 * Heading, list and block-quote markers stay: the structure stage reads headings and list items by
 * them, and they are no words. Block quotes are returned apart, as quoted words (readMarkdown).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Span } from '../types';

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
}

/** Whether a file name says Markdown (.md, .markdown), for callers that know a file only by its name. */
export function isMarkdownFile(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/** Node types whose whole span is markup or machine text, never prose. */
const MASKED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition']);

/** Inline or block markup this module masks, within one block: code, HTML, an image, a link or definition. */
const MAY_HAVE_MARKUP = /`|~~~|<[!/a-zA-Z?]|!\[|\]\s*[([:]|^(?: {4}|\t)[^\s]|^ {0,3}>/m;
/** Front matter: a block fenced by --- (YAML) or +++ (TOML) lines at the very start. */
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\1[ \t]*(?:\r?\n|$)/;

/**
 * The text with everything but Markdown prose blanked out; the same length as `text`. Parsing is
 * where the time goes, so only what needs it is parsed: front matter is found by its fences, and
 * then each blank-line-separated block that may hold markup is parsed on its own (prose blocks,
 * most of an article, are left as they are). A text with a code fence, which may run over blank
 * lines, is parsed whole.
 */
export function maskMarkdown(text: string): string {
  return readMarkdown(text).text;
}

/**
 * The Markdown read for analysis: the text with its markup blanked (see maskMarkdown), and its block
 * quotes (`> …`) that hold no quotation marks of their own, which a reader takes as quoted words:
 * each span runs from its first `>` to the end of its last line.
 */
export function readMarkdown(text: string): { text: string; blockQuotes: Span[] } {
  const spans: [number, number][] = [];
  const blockQuotes: Span[] = [];
  let from = 0;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    spans.push([0, front[0].length]);
    from = front[0].length;
  }
  if (/^[ \t]*(?:```|~~~)/m.test(text)) markupSpans(text.slice(from), [{ source: 0, text: from }], spans, blockQuotes);
  else {
    // The blocks that may hold markup, parsed in one call (a parser per block costs more than the
    // parsing): joined by blank lines, with where each one starts in the joined source and the text.
    const starts: { source: number; text: number }[] = [];
    let source = '';
    const blocks = /(?:^|\n)[ \t]*\n/g;
    let start = from;
    for (;;) {
      const gap = blocks.exec(text);
      const end = gap ? gap.index : text.length;
      if (end > start) {
        const block = text.slice(start, end);
        if (MAY_HAVE_MARKUP.test(block)) {
          if (source) source += '\n\n';
          const [from, to] = inlineWindow(block);
          // A window starts after a letter, so that it is read on as the same paragraph's text.
          if (from > 0) source += 'x';
          starts.push({ source: source.length, text: start + from });
          source += block.slice(from, to);
        }
      }
      if (!gap) break;
      start = Math.max(start, gap.index + gap[0].length);
    }
    if (source) markupSpans(source, starts, spans, blockQuotes);
  }
  const quotes = blockQuotes.filter((q) => !/["“”«»„]/.test(text.slice(q.start, q.end)));
  if (spans.length === 0) return { text, blockQuotes: quotes };
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const b = Math.max(s, at);
    out += text.slice(at, b) + text.slice(b, e).replace(/[^\n\r]/g, ' ');
    at = e;
  }
  return { text: out + text.slice(at), blockQuotes: quotes };
}

/** A line that may open a block construct or a link reference definition, or may continue one. */
const BLOCK_LINE = /^(?: {4}|\t)|^[ \t]*(?:[-*+>#|<=~`_]|\[[^\]\n]*\]:|\d{1,9}[.)](?:\s|$))/m;
/** Characters that open inline markup this module masks, and the escapes that can cancel it. */
const INLINE_OPEN = /[[`<!\\&]/;

/**
 * The part of a block the parser must read: in a paragraph (no line that could open a block), inline
 * markup (code, HTML, links, images) is read the same on the stretch from its first opening
 * character to the end of its last construct, since links and code spans take precedence over
 * emphasis, the only other inline markup; prose before and after is left unparsed. Other blocks are
 * read whole.
 */
function inlineWindow(block: string): [number, number] {
  const whole: [number, number] = [0, block.length];
  if (BLOCK_LINE.test(block)) return whole;
  const open = INLINE_OPEN.exec(block);
  const last = Math.max(block.lastIndexOf(']'), block.lastIndexOf('`'), block.lastIndexOf('>'));
  if (!open || last < open.index) return whole;
  const end = constructEnd(block, last);
  return end < 0 ? whole : [open.index, end];
}

/**
 * Where the construct whose last bracket, backtick or angle bracket is at `at` ends: after a link's
 * destination and title in parentheses or its reference in brackets; -1 when that is not closed.
 */
function constructEnd(block: string, at: number): number {
  const next = block[at + 1];
  if (block[at] !== ']' || (next !== '(' && next !== '[')) return at + 1;
  const close = next === '(' ? ')' : ']';
  let depth = 0;
  for (let i = at + 1; i < block.length; i++) {
    if (block[i] === '\\') i++;
    else if (block[i] === next) depth++;
    else if (block[i] === close && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Adds the non-prose spans of the Markdown `source` to `spans`, in the text's offsets: `starts` says
 * where each piece of the source begins in the source and in the text (pieces in order).
 */
function markupSpans(source: string, starts: { source: number; text: number }[], spans: [number, number][], blockQuotes: Span[]): void {
  let tree: Node;
  try {
    tree = fromMarkdown(source) as Node;
  } catch {
    return;
  }
  // A node lies within one piece: blank lines end every construct this module masks but code fences,
  // and a text with a fence is parsed whole.
  const shift = (offset: number) => {
    // The last piece that starts at or before the offset (pieces are in order).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid].source <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo].text - starts[lo].source;
  };
  const add = (start: number, end: number) => spans.push([start + shift(start), end + shift(start)]);
  const visit = (node: Node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (MASKED.has(node.type)) {
      add(start, end);
      return;
    }
    if (node.type === 'blockquote') {
      let last = end;
      while (last > start && /\s/.test(source[last - 1])) last--;
      blockQuotes.push({ start: start + shift(start), end: last + shift(start) });
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      // "[the ministry](https://… "Title")": keep the text, blank the brackets, destination and title.
      let at = start;
      for (const child of node.children ?? []) {
        const childStart = child.position?.start.offset;
        const childEnd = child.position?.end.offset;
        if (childStart === undefined || childEnd === undefined) continue;
        if (childStart > at) add(at, childStart);
        at = childEnd;
      }
      if (end > at) add(at, end);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}
