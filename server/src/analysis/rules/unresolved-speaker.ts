import { spanIndexAt } from '../text/spans';
import type { Rule } from './rule';

/**
 * A quote credited to "he" or "she" with nobody earlier the pronoun can refer to. "I" and "we" are the
 * writer's or the speaker's own voice, and "they" or "it" may stand for a group, a document or a
 * crowd a reader has no trouble placing, so only he and she are checked: they name one person, and
 * when the article names nobody who fits, a careful reader cannot tell who speaks either.
 */
export const unresolvedSpeaker: Rule = {
  code: 'unresolved-speaker',
  defaultSeverity: 'warning',
  description: 'A quote attributed to "he" or "she" with nobody earlier the pronoun can refer to.',
  rationale: 'A quote credited to a pronoun that refers to nobody is as good as anonymous, and usually means an edit cut the sentence that named the speaker.',
  check: ({ quotes, people, structure }) =>
    quotes
      // A pronoun that stands for someone met only by their role ("the mayor") refers all the same;
      // and where the article names any person before the pronoun's paragraph ends (the headline and
      // a name later in the sentence included), a reader finds the one meant even if this stage
      // could not. Only a pronoun with nobody at all to refer to is reported.
      .filter((q) => q.speaker && q.speaker.via === 'pronoun' && !q.speaker.id && !q.speaker.name && /^(?:he|she)$/i.test(q.speaker.text))
      .filter((q) => {
        const paragraph = structure.paragraphs[spanIndexAt(structure.paragraphs, q.start)];
        const until = paragraph ? paragraph.end : q.end;
        return !people.some((p) => p.mentions.some((m) => m.start < until));
      })
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
