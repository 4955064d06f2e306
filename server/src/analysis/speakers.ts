/**
 * Speaker attribution. PLACEHOLDER version: `"...," X said` with X an entity mention right after.
 */
import type { EntityMention, Person, Quote, Structure } from './types';
import type { QuoteSpan } from './quotes';

/** Quotes with their speakers resolved where the text allows. */
export function attributeSpeakers(text: string, _structure: Structure, quotes: QuoteSpan[], entities: EntityMention[], _people: Person[]): Quote[] {
  return quotes.map((q) => {
    const after = entities.find((e) => e.start >= q.end && e.start - q.end < 12 && (e.kind === 'person' || e.kind === 'organization'));
    const speaker = after ? { start: after.start, end: after.end, text: after.text, name: after.name, id: after.id, via: 'name' as const } : null;
    return { ...q, text: text.slice(q.start, q.end), speaker };
  });
}
