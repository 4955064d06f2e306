/** Small helpers the rules share: where paragraphs are, and where a quick fix inserts its text. */
import { spanIndexAt } from '../text/spans';
import type { Paragraph, Span, Structure } from '../types';

/** The paragraph containing `offset`, or undefined. */
export function paragraphAt(structure: Structure, offset: number): Paragraph | undefined {
  return structure.paragraphs[paragraphIndexAt(structure, offset)];
}

/** Index of the paragraph containing `offset`, or -1 (binary search). */
export function paragraphIndexAt(structure: Structure, offset: number): number {
  return spanIndexAt(structure.paragraphs, offset);
}

/** Whether `offset` lies in body text (not a headline, byline, dateline, heading or boilerplate). */
export function inBody(structure: Structure, offset: number): boolean {
  return paragraphAt(structure, offset)?.kind === 'body';
}

/**
 * Where to insert a clause at the end of a sentence: before its final period or exclamation mark, or
 * at its end when it has none. A sentence that ends inside a quotation gets the clause after the
 * closing mark instead, so the insertion never lands in someone's quoted words.
 */
export function endOfClause(text: string, sentence: Span): { at: number; period: boolean } {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1])) end--;
  const last = text[end - 1];
  if (last === '.' || last === '!') {
    let at = end - 1;
    while (at > sentence.start && /[.!]/.test(text[at - 1])) at--;
    return { at, period: true };
  }
  return { at: end, period: false };
}

/** An edit inserting ", according to [SOURCE]" at the end of a sentence. */
export function accordingToEdit(text: string, sentence: Span): { start: number; end: number; newText: string } {
  const { at, period } = endOfClause(text, sentence);
  return { start: at, end: at, newText: period ? ', according to [SOURCE]' : ' (according to [SOURCE])' };
}

/** Shortens a text for a message. */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
