/**
 * The outline reads as the article's cast: people, organizations, threat actors and countries, each
 * once under a heading, then the quotes grouped by who said them. Icons are the least code-like the
 * symbol kinds offer: a package for each group, a field for a person, a module for an organization,
 * a class for an actor, an enum member for a country, a string for a quote.
 */
import { SymbolKind, type DocumentSymbol, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, EntityKind, Span } from '../../analysis/types';
import { excerpt } from '../../views/cards';
import { toRange } from './ranges';

export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const people = analysis.people
    .filter((p) => p.mentions.length > 0)
    .map((p) => symbol(document, p.name, p.role ?? undefined, SymbolKind.Field, p.mentions[0]));
  /** Each entity of a kind once, at its first mention, with the other names the article uses. */
  const once = (kind: EntityKind, symbolKind: SymbolKind) => {
    const first = new Map<string, { span: Span; name: string; forms: Set<string> }>();
    for (const e of analysis.entities) {
      if (e.kind !== kind) continue;
      const seen = first.get(e.id) ?? { span: e, name: e.name, forms: new Set<string>() };
      if (e.text !== e.name) seen.forms.add(e.text);
      first.set(e.id, seen);
    }
    return [...first.values()].map((f) => symbol(document, f.name, f.forms.size ? `as ${[...f.forms].join(', ')}` : undefined, symbolKind, f.span));
  };
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  for (const q of analysis.quotes) {
    if (q.fragment) continue;
    const who = q.speaker?.name || (q.speaker ? `“${q.speaker.text}” (unresolved)` : 'No speaker');
    const quote = symbol(document, excerpt(document.getText(toRange(document, q.content)), 60) || '(empty quote)', undefined, SymbolKind.String, q);
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), quote]);
  }
  const quotes = [...bySpeaker].map(([who, children]) => group(who, SymbolKind.Field, children)!);
  return [
    group('People', SymbolKind.Package, people),
    group('Organizations', SymbolKind.Package, once('organization', SymbolKind.Module)),
    group('Threat actors', SymbolKind.Package, once('actor', SymbolKind.Class)),
    group('Countries', SymbolKind.Package, once('country', SymbolKind.EnumMember)),
    group('Quotes', SymbolKind.Package, quotes),
  ].filter((g): g is DocumentSymbol => g !== undefined);
}

/** A heading whose range spans its children's, whatever order they come in; undefined when empty. */
function group(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol | undefined {
  if (children.length === 0) return undefined;
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const start = children.reduce((min, c) => (before(c.range.start, min) ? c.range.start : min), children[0].range.start);
  const end = children.reduce((max, c) => (before(max, c.range.end) ? c.range.end : max), children[0].range.end);
  return { name, kind, range: { start, end }, selectionRange: { start, end: start }, children };
}

function symbol(document: TextDocument, name: string, detail: string | undefined, kind: SymbolKind, span: Span): DocumentSymbol {
  const range = toRange(document, span);
  return { name: name || '?', detail, kind, range, selectionRange: range };
}
