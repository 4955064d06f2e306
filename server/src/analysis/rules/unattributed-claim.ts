import type { Quote } from '../types';
import type { Rule } from './rule';
import { accordingToEdit, clip } from './util';

/**
 * A sentence that accuses an actor, a country or a named group of hostile activity without saying who
 * makes the accusation. The claims stage does the reading; this rule reports the unattributed ones.
 */
export const unattributedClaim: Rule = {
  code: 'unattributed-claim',
  defaultSeverity: 'warning',
  description: 'A sentence accusing an actor or country of hostile activity with no source.',
  rationale: 'Attribution of a cyberattack is a claim, not a fact: readers need to know whether it comes from a government, a security firm or the reporter.',
  check: ({ text, structure, claims, quotes }) => {
    const sources = sourcesOf(quotes);
    return claims.claims
      .filter((claim) => claim.attribution === null)
      .map((claim) => {
        const sentence = structure.sentences[claim.sentence] ?? claim;
        const verb = clip(text.slice(claim.verb.start, claim.verb.end), 30);
        const placeholder = accordingToEdit(text, sentence);
        // The sources the article already quotes, each offered by name, after the generic fix.
        const named = sources.map((name) => ({
          title: `Attribute to ${name}: ", according to ${name}"`,
          edits: [{ ...placeholder, newText: placeholder.newText.replace('[SOURCE]', name) }],
        }));
        return {
          start: claim.start,
          end: claim.end,
          message: `Who says so? This sentence accuses ${clip(claim.accused.text, 40)} of hostile activity ("${verb}") without naming a source.`,
          data: { fixes: [{ title: 'Add a source: ", according to [SOURCE]"', edits: [placeholder] }, ...named] },
        };
      });
  },
};

/** The people and organizations the article quotes by name, in order of first quote, at most five. */
function sourcesOf(quotes: readonly Quote[]): string[] {
  const names: string[] = [];
  for (const q of quotes) {
    const s = q.speaker;
    if (!s?.id || !s.name || s.confidence === 'low' || q.fragment || names.includes(s.name)) continue;
    names.push(s.name);
    if (names.length === 5) break;
  }
  return names;
}
