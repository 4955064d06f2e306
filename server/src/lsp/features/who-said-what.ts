/**
 * Data for the client's "Who Said What" view: each speaker with their quotes, then the quotes nobody
 * is credited with. Plain JSON with LSP ranges, sent on request.
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../analysis/types';
import { excerpt } from '../../views/cards';
import { toRange } from './ranges';

export interface WhoSaidWhatQuote {
  text: string;
  range: Range;
}

export interface WhoSaidWhatSpeaker {
  /** Resolved id, or "" for quotes with no (resolved) speaker. */
  id: string;
  name: string;
  role: string | null;
  range: Range | null;
  quotes: WhoSaidWhatQuote[];
}

export function whoSaidWhat(document: TextDocument, analysis: Analysis): WhoSaidWhatSpeaker[] {
  const speakers = new Map<string, WhoSaidWhatSpeaker>();
  const nobody: WhoSaidWhatSpeaker = { id: '', name: 'No speaker', role: null, range: null, quotes: [] };
  for (const quote of analysis.quotes) {
    if (quote.fragment) continue;
    const item = { text: excerpt(quote.text, 100), range: toRange(document, quote) };
    const id = quote.speaker?.id;
    if (!id) {
      nobody.quotes.push(item);
      continue;
    }
    let speaker = speakers.get(id);
    if (!speaker) {
      const person = analysis.people.find((p) => p.id === id);
      const first = person?.mentions[0];
      speaker = { id, name: quote.speaker!.name, role: person?.role ?? null, range: first ? toRange(document, first) : null, quotes: [] };
      speakers.set(id, speaker);
    }
    speaker.quotes.push(item);
  }
  return [...speakers.values(), ...(nobody.quotes.length ? [nobody] : [])];
}
