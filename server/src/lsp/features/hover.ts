/** Hover cards: what the word under the cursor refers to, or who said the quote around it. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../analysis/entities/knowledge-index';
import type { Analysis } from '../../analysis/types';
import { actorCard, countryCard, lookup, organizationCard, personCard, quoteCard } from '../../views/cards';
import { toRange, touches } from './ranges';

export function hover(document: TextDocument, analysis: Analysis, index: KnowledgeIndex, offset: number): Hover | null {
  const mention = analysis.entities.find((e) => touches(e, offset));
  if (mention) {
    let value: string | undefined;
    if (mention.kind === 'actor') {
      const actor = lookup(index).actors.get(mention.id);
      if (actor) value = actorCard(index, actor, analysis);
    } else if (mention.kind === 'country') value = countryCard(index, mention);
    else if (mention.kind === 'organization') value = organizationCard(index, mention);
    else {
      const person = analysis.people.find((p) => p.id === mention.id);
      if (person) value = personCard(person, analysis);
    }
    if (value) return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, mention) };
  }
  const speakerOf = analysis.quotes.find((q) => q.speaker && touches(q.speaker, offset));
  if (speakerOf?.speaker) {
    const person = analysis.people.find((p) => p.id === speakerOf.speaker!.id);
    const value = person ? personCard(person, analysis) : quoteCard(speakerOf, analysis);
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, speakerOf.speaker) };
  }
  const quote = analysis.quotes.find((q) => (q.parts ?? [q]).some((part) => touches(part, offset)));
  if (quote) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(quote, analysis) } };
  return null;
}
