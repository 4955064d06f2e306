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
  check: ({ text, structure, claims }) =>
    claims.claims
      .filter((claim) => claim.attribution === null)
      .map((claim) => {
        const sentence = structure.sentences[claim.sentence] ?? claim;
        const verb = clip(text.slice(claim.verb.start, claim.verb.end), 30);
        return {
          start: claim.start,
          end: claim.end,
          message: `Who says so? This sentence accuses ${clip(claim.accused.text, 40)} of hostile activity ("${verb}") without naming a source.`,
          data: { fixes: [{ title: 'Add a source: ", according to [SOURCE]"', edits: [accordingToEdit(text, sentence)] }] },
        };
      }),
};
