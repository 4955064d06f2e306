import type { Rule } from './rule';

/** A full quoted statement that nobody is credited with. */
export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  rationale: 'Every direct quote needs a named speaker, or readers cannot judge who stands behind the words.',
  check: ({ quotes }) =>
    quotes
      .filter((q) => !q.speaker && !q.fragment)
      .map((q) => ({ start: q.start, end: q.end, message: 'This quote is not attributed to anyone.' })),
};
