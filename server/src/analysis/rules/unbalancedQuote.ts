import type { Rule } from './rule';

/** An opening quotation mark that is never closed: the reader cannot tell where the quote ends. */
export const unbalancedQuote: Rule = {
  code: 'unbalanced-quote',
  defaultSeverity: 'error',
  rationale: 'A quotation mark that is never closed leaves the reader unable to tell where the quoted words end.',
  check: ({ unbalanced }) =>
    unbalanced.map((span) => ({
      ...span,
      message: 'This quotation mark is never closed.',
    })),
};
