import type { Rule } from './rule';

/** A quote credited to "he", "she" or "they" with nobody earlier for the pronoun to refer to. */
export const unresolvedSpeaker: Rule = {
  code: 'unresolved-speaker',
  defaultSeverity: 'warning',
  description: 'A quote attributed to a pronoun with no earlier speaker to refer to.',
  rationale: 'A quote credited to a pronoun that refers to nobody is as good as anonymous, and usually means an edit cut the sentence that named the speaker.',
  check: ({ quotes }) =>
    quotes
      // A quoted term that "they say" does something ("laptop farms" that they say ...) is no statement.
      .filter((q) => q.speaker && q.speaker.via === 'pronoun' && !q.speaker.id && !(q.fragment && /^they$/i.test(q.speaker.text)))
      .map((q) => {
        const s = q.speaker!;
        // The finding covers the quote and its attribution, so it shows wherever the eye lands.
        return {
          start: Math.min(q.start, s.start),
          end: Math.max(q.end, s.end),
          message: `"${s.text}" does not refer to anyone named earlier: who said this quote?`,
          data: { fixes: [{ title: 'Name the speaker', edits: [{ start: s.start, end: s.end, newText: '[SPEAKER]' }] }] },
        };
      }),
};
