/**
 * Where an offset falls: the binary searches over sorted lists of spans (sentences, paragraphs,
 * tokens, mentions) and line/column conversion. Every stage asks these same tested questions instead
 * of writing its own search.
 */
import type { Span, Structure } from '../types';

/**
 * Index of the span containing `offset` in a sorted list of disjoint spans (sentences, paragraphs,
 * entity mentions), or -1 (binary search).
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the last span that starts before `offset`, or -1, in a list sorted by start (binary
 * search). One past it is the first span starting at or after `offset`; the last span starting at or
 * before `offset` is the last one starting before `offset + 1`.
 */
export function lastStartingBefore(spans: readonly { readonly start: number }[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i].start < offset) - 1;
}

/**
 * Index of the first span that ends after `offset`, or `spans.length`, in a list sorted by end
 * (binary search). In a list of disjoint spans it is the span containing `offset` if any span does,
 * else the first one after it.
 */
export function firstEndingAfter(spans: readonly { readonly end: number }[], offset: number): number {
  return partitionPoint(spans.length, (i) => spans[i].end <= offset);
}

/**
 * The first index in [0, length) at which `before` is false, or `length`, for a test that holds for
 * a prefix of the indices and fails for the rest: the one binary search the helpers above share.
 */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offsets where each line starts, for turning offsets into line and column numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line and UTF-16 column of `offset`, given the text's `lineStarts`. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  // The first line starts at 0, so only a negative offset finds no line start at or before it.
  const line = Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= offset) - 1);
  return { line, column: offset - starts[line] };
}

/** Index of the sentence containing `offset`, or of the last one before it (binary search). */
export function sentenceIndex(structure: Structure, offset: number): number {
  return Math.max(0, lastStartingBefore(structure.sentences, offset + 1));
}

/** Whether the offset lies in a headline or a heading paragraph. */
export function inHeadline(structure: Structure, offset: number): boolean {
  const kind = structure.paragraphs[spanIndexAt(structure.paragraphs, offset)]?.kind;
  return kind === 'headline' || kind === 'heading';
}
