/**
 * The one place where analysis offsets become LSP ranges. Offsets and LSP positions both count UTF-16
 * code units, so `TextDocument.positionAt` converts them exactly, surrogate pairs included.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../../analysis/types';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The LSP position of an offset. */
export function toPosition(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/** The offset of an LSP position. */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** Whether `offset` lies within `span` (inclusive of its end, so a cursor just after a word counts). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
