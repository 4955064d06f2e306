/** Hover cards: what the word under the cursor refers to, or who said the quote around it. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../analysis/entities/knowledge-index';
import type { Analysis } from '../../analysis/types';
import { actorCard, countryCard, lookup, organizationCard, personCard, quoteCard, quoteLine } from '../../views/cards';
import { toRange, touches } from './ranges';

/** The roles other articles give a person of this name, when the server knows them. */
export type RolesElsewhere = (name: string) => { file: string; role: string }[];

export function hover(document: TextDocument, analysis: Analysis, index: KnowledgeIndex, offset: number, elsewhere: RolesElsewhere = () => []): Hover | null {
  const text = document.getText();
  // The quote around the offset, if any: a mention inside it gets its card and a line on the quote.
  const quote = analysis.quotes.find((q) => (q.parts ?? [q]).some((part) => touches(part, offset)));
  const mention = analysis.entities.find((e) => touches(e, offset));
  if (mention) {
    let value: string | undefined;
    if (mention.kind === 'actor') {
      const actor = lookup(index).actors.get(mention.id);
      if (actor) value = actorCard(index, actor, analysis, mention.text);
    } else if (mention.kind === 'country') value = countryCard(index, mention, analysis);
    else if (mention.kind === 'organization') value = organizationCard(index, mention, analysis);
    else {
      const person = analysis.people.find((p) => p.id === mention.id);
      if (person) value = personCard(person, analysis, text, elsewhere(person.name));
    }
    if (value && quote) value += `\n\n---\n\n${quoteLine(quote)}`;
    if (value) return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, mention) };
  }
  const speakerOf = analysis.quotes.find((q) => q.speaker && touches(q.speaker, offset));
  if (speakerOf?.speaker) {
    const person = analysis.people.find((p) => p.id === speakerOf.speaker!.id);
    const value = person ? personCard(person, analysis, text, elsewhere(person.name)) : quoteCard(speakerOf, analysis);
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, speakerOf.speaker) };
  }
  if (quote) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(quote, analysis) } };
  return null;
}
