/**
 * Direct quotations. PLACEHOLDER version: straight and curly double quotes within a paragraph.
 */
import type { Span, Structure } from './types';

/** A quotation found in the text, before speakers are attributed. */
export interface QuoteSpan extends Span {
  content: Span;
  parts?: Span[];
  fragment?: boolean;
}

/** Quotations, and opening marks that are never closed. */
export function findQuotes(text: string, structure: Structure): { quotes: QuoteSpan[]; unbalanced: Span[] } {
  const quotes: QuoteSpan[] = [];
  const unbalanced: Span[] = [];
  for (const p of structure.paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (open < 0 && (ch === '"' || ch === '\u201C')) open = i;
      else if (open >= 0 && (ch === '"' || ch === '\u201D')) {
        quotes.push({ start: open, end: i + 1, content: { start: open + 1, end: i } });
        open = -1;
      }
    }
    if (open >= 0) unbalanced.push({ start: open, end: open + 1 });
  }
  return { quotes, unbalanced };
}
