/**
 * Inlay hints, each kind switchable in settings: who a pronoun or short-form speaker is (`he` ->
 * Tom Vance, after the attribution of a quote), and the canonical name after a threat actor's alias
 * (`Strontium` -> APT28).
 */
import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../../analysis/types';
import { toPosition } from './ranges';

export interface InlayHintSettings {
  /** After a quote's speaker written as a pronoun or a short form: the person or organization it resolves to. */
  speakers: boolean;
  /** After a threat actor's alias: the group's canonical name. */
  actorNames: boolean;
}

export function inlayHints(document: TextDocument, analysis: Analysis, settings: InlayHintSettings, range?: Span): InlayHint[] {
  const hints: { at: number; label: string; tooltip: string }[] = [];
  const within = (offset: number) => !range || (offset >= range.start && offset <= range.end);
  if (settings.speakers) {
    const seen = new Set<number>();
    for (const q of analysis.quotes) {
      const s = q.speaker;
      if (!s?.id || !s.name || seen.has(s.end) || s.text.toLowerCase() === s.name.toLowerCase() || !within(s.end)) continue;
      seen.add(s.end);
      const probably = s.confidence === 'low';
      hints.push({
        at: s.end,
        label: `→ ${s.name}${probably ? '?' : ''}`,
        tooltip: `NewsLens reads “${s.text}” as ${s.name}${probably ? ', probably: someone else named nearby fits too' : ''}.`,
      });
    }
  }
  if (settings.actorNames) {
    for (const e of analysis.entities) {
      if (e.kind !== 'actor' || e.text.toLowerCase() === e.name.toLowerCase() || !within(e.end)) continue;
      hints.push({ at: e.end, label: `→ ${e.name}`, tooltip: `“${e.text}” is a name of the threat actor ${e.name}.` });
    }
  }
  return hints.sort((a, b) => a.at - b.at).map((h) => ({ position: toPosition(document, h.at), label: h.label, tooltip: h.tooltip, paddingLeft: true }));
}
