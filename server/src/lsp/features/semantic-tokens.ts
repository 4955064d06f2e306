/**
 * Semantic tokens: entity mentions, quotations and speaker mentions. Tokens may neither overlap nor
 * span lines, so quotations are cut around the entities inside them and at line breaks.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, EntityKind, Span } from '../../analysis/types';
import { lastStartingBefore } from '../../analysis/text/spans';
import { toPosition } from './ranges';

export const TOKEN_TYPES = ['threatActor', 'country', 'person', 'organization', 'quotation', 'speaker', 'attribution'] as const;
export const TOKEN_MODIFIERS = ['attributed', 'unattributed'] as const;

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const ENTITY_TYPE: Record<EntityKind, number> = { actor: 0, country: 1, person: 2, organization: 3 };
const QUOTATION = 4;
const SPEAKER = 5;
const ATTRIBUTION = 6;

interface Piece extends Span {
  type: number;
  modifiers: number;
}

/** Semantic tokens of the whole document, or of `range` (offsets) only. */
export function semanticTokens(document: TextDocument, analysis: Analysis, range?: Span): SemanticTokens {
  const entities = new SortedSpans(
    analysis.entities.map((e) => ({ start: e.start, end: e.end, type: ENTITY_TYPE[e.kind], modifiers: 0 })).sort((a, b) => a.start - b.start),
  );
  // A speaker mention that is no entity (a pronoun, "the agency"), once however many quotes it speaks;
  // and the cue that credits a quote ("said", "told reporters", "according to"), which is all the
  // attribution colouring there is: the grammar leaves verbs alone, so "adds chlorine" stays plain.
  const speakers: Piece[] = [];
  for (const quote of analysis.quotes) {
    for (const [span, type] of [
      [quote.speaker, SPEAKER],
      [quote.cue, ATTRIBUTION],
    ] as const) {
      if (span && !entities.overlaps(span) && !speakers.some((f) => f.start < span.end && span.start < f.end)) {
        speakers.push({ start: span.start, end: span.end, type, modifiers: 0 });
      }
    }
  }
  const foreground = new SortedSpans([...entities.spans, ...speakers].sort((a, b) => a.start - b.start));
  const pieces: Piece[] = [...foreground.spans];
  for (const quote of analysis.quotes) {
    const modifiers = quote.speaker?.id ? 1 << 0 : 1 << 1;
    for (const part of quote.parts ?? [quote]) {
      pieces.push(...subtract(part, foreground).map((span) => ({ ...span, type: QUOTATION, modifiers })));
    }
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const builder = new SemanticTokensBuilder();
  const text = document.getText();
  let lastEnd = 0;
  for (const piece of pieces) {
    if (piece.start < lastEnd) continue;
    if (range && (piece.end <= range.start || piece.start >= range.end)) continue;
    for (const line of splitLines(text, piece)) {
      const position = toPosition(document, line.start);
      builder.push(position.line, position.character, line.end - line.start, piece.type, piece.modifiers);
    }
    lastEnd = piece.end;
  }
  return builder.build();
}

/**
 * Spans sorted by start, with the furthest end reached so far at each index, so that the spans that
 * reach into an offset are found by a binary search and a short walk back, not a pass over all of them
 * (a 100,000-word article has tens of thousands of entities and thousands of quotes).
 */
class SortedSpans {
  private readonly reach: number[] = [];

  constructor(readonly spans: Piece[]) {
    let furthest = -1;
    for (const span of spans) this.reach.push((furthest = Math.max(furthest, span.end)));
  }

  /** The index of the first span that may reach past `offset`; every span before it ends at or before it. */
  firstReaching(offset: number): number {
    let j = lastStartingBefore(this.spans, offset);
    while (j >= 0 && this.reach[j] > offset) j--;
    return j + 1;
  }

  overlaps(span: Span): boolean {
    for (let i = this.firstReaching(span.start); i < this.spans.length && this.spans[i].start < span.end; i++) if (this.spans[i].end > span.start) return true;
    return false;
  }
}

/** `span` minus the holes (sorted by start). */
function subtract(span: Span, holes: SortedSpans): Span[] {
  const out: Span[] = [];
  let cursor = span.start;
  for (let i = holes.firstReaching(span.start); i < holes.spans.length && holes.spans[i].start < span.end; i++) {
    const hole = holes.spans[i];
    if (hole.end <= cursor) continue;
    if (hole.start > cursor) out.push({ start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < span.end) out.push({ start: cursor, end: span.end });
  return out;
}

/** The parts of `span` on each line, without the line breaks. */
function splitLines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}
