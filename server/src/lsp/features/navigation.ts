/**
 * Moving through an article by who is in it: every mention of one person, actor, country or
 * organization (aliases and short forms included) for document highlights and references, the
 * first full mention for go to definition, renaming a person throughout, and a code lens over each
 * quoted person's first mention. Pure functions over the analysis; the server wires them.
 */
import { DocumentHighlightKind, type CodeLens, type DocumentHighlight, type Location, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../../analysis/types';
import { toRange, touches } from './ranges';

/** The entity a position names: an entity mention, a person's mention, or a named quote speaker. */
export function entityAt(analysis: Analysis, offset: number): { id: string; span: Span } | null {
  const mention = analysis.entities.find((e) => touches(e, offset));
  if (mention) return { id: mention.id, span: mention };
  for (const person of analysis.people) {
    const span = person.mentions.find((m) => touches(m, offset));
    if (span) return { id: person.id, span };
  }
  const quote = analysis.quotes.find((q) => q.speaker?.id && q.speaker.via !== 'pronoun' && touches(q.speaker, offset));
  return quote?.speaker ? { id: quote.speaker.id, span: quote.speaker } : null;
}

/** Every mention of the entity `id`, in text order, each once. */
export function mentionsOf(analysis: Analysis, id: string): Span[] {
  const spans: Span[] = analysis.entities.filter((e) => e.id === id);
  const person = analysis.people.find((p) => p.id === id);
  if (person) spans.push(...person.mentions);
  const seen = new Set<string>();
  return spans
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Where the entity is introduced: a person's first full-name mention, else the first mention. */
export function definitionOf(document: TextDocument, analysis: Analysis, id: string): Span | null {
  const mentions = mentionsOf(analysis, id);
  const person = analysis.people.find((p) => p.id === id);
  const text = document.getText();
  return (person && mentions.find((m) => text.slice(m.start, m.end) === person.name)) || mentions[0] || null;
}

export function documentHighlights(document: TextDocument, analysis: Analysis, offset: number): DocumentHighlight[] {
  const found = entityAt(analysis, offset);
  if (!found) return [];
  const definition = definitionOf(document, analysis, found.id);
  return mentionsOf(analysis, found.id).map((span) => ({
    range: toRange(document, span),
    // The introducing mention stands out from the later ones, as a declaration does in code.
    kind: definition && span.start === definition.start ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function references(document: TextDocument, analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const found = entityAt(analysis, offset);
  if (!found) return [];
  const definition = definitionOf(document, analysis, found.id);
  return mentionsOf(analysis, found.id)
    .filter((span) => includeDeclaration || !definition || span.start !== definition.start)
    .map((span) => ({ uri: document.uri, range: toRange(document, span) }));
}

export function definition(document: TextDocument, analysis: Analysis, offset: number): Location | null {
  const found = entityAt(analysis, offset);
  const span = found && definitionOf(document, analysis, found.id);
  return span ? { uri: document.uri, range: toRange(document, span) } : null;
}

/** Rename is for people: the article's own names, which a writer may have spelled wrong or may change. */
export function prepareRename(document: TextDocument, analysis: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const found = entityAt(analysis, offset);
  const person = found && analysis.people.find((p) => p.id === found.id);
  if (!found || !person) return null;
  return { range: toRange(document, found.span), placeholder: document.getText(toRange(document, found.span)) };
}

/**
 * The edits that rename a person everywhere in the article: the full name becomes the new full name,
 * a family name alone the new family name, a given name alone the new given name. Possessives stay,
 * since mentions end before "'s". Null when the position names no person or the name is unusable.
 */
export function renamePerson(document: TextDocument, analysis: Analysis, offset: number, newName: string): TextEdit[] | null {
  const found = entityAt(analysis, offset);
  const person = found && analysis.people.find((p) => p.id === found.id);
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!person || !name || /[\n\r]/.test(newName)) return null;
  const text = document.getText();
  const oldWords = person.name.split(' ');
  const newWords = name.split(' ');
  return mentionsOf(analysis, person.id).map((span) => {
    const written = text.slice(span.start, span.end);
    const replacement = written === oldWords[oldWords.length - 1] ? newWords[newWords.length - 1] : written === oldWords[0] ? newWords[0] : name;
    return { range: toRange(document, span), newText: replacement };
  });
}

/** Above each quoted person's first mention: how often the article quotes them; opens their quotes' references. */
export function codeLenses(document: TextDocument, analysis: Analysis): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const person of analysis.people) {
    const quotes = analysis.quotes.filter((q) => q.speaker?.id === person.id);
    const first = person.mentions[0];
    if (!quotes.length || !first) continue;
    const range = toRange(document, first);
    lenses.push({
      range,
      command: {
        title: quotes.length === 1 ? 'quoted once' : `quoted ${quotes.length} times`,
        command: 'newslens.showReferences',
        arguments: [document.uri, range.start, quotes.map((q) => ({ uri: document.uri, range: toRange(document, q) }))],
      },
    });
  }
  return lenses;
}
