/** The outline: the people quoted or named, the actors, and the quotes, each grouped under a heading. */
import { SymbolKind, type DocumentSymbol, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../../analysis/types';
import { excerpt } from '../../views/cards';
import { toRange } from './ranges';

export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const groups: DocumentSymbol[] = [];
  const people = analysis.people
    .filter((p) => p.mentions.length > 0)
    .map((p) => symbol(document, p.name, p.role ?? undefined, SymbolKind.Constructor, p.mentions[0]));
  const actors = new Map<string, DocumentSymbol>();
  for (const e of analysis.entities) {
    if (e.kind === 'actor' && !actors.has(e.id))
      actors.set(e.id, symbol(document, e.name, e.text === e.name ? undefined : `as ${e.text}`, SymbolKind.Class, e));
  }
  const quotes = analysis.quotes
    .filter((q) => !q.fragment)
    .map((q) =>
      symbol(document, excerpt(document.getText(toRange(document, q.content)), 60) || '(empty quote)', q.speaker?.name || 'no speaker', SymbolKind.String, q),
    );
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]) => {
    if (children.length === 0) return;
    // A group's range must contain its children's, whatever order they come in.
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
    const start = children.reduce((min, c) => (before(c.range.start, min) ? c.range.start : min), children[0].range.start);
    const end = children.reduce((max, c) => (before(max, c.range.end) ? c.range.end : max), children[0].range.end);
    groups.push({ name, kind, range: { start, end }, selectionRange: { start, end: start }, children });
  };
  group('People', SymbolKind.Namespace, people);
  group('Threat actors', SymbolKind.Namespace, [...actors.values()]);
  group('Quotes', SymbolKind.Namespace, quotes);
  return groups;
}

function symbol(document: TextDocument, name: string, detail: string | undefined, kind: SymbolKind, span: Span): DocumentSymbol {
  const range = toRange(document, span);
  return { name: name || '?', detail, kind, range, selectionRange: range };
}
