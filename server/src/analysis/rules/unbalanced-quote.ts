import type { Rule } from './rule';
import { paragraphAt, paragraphIndexAt } from './util';

/** The closing mark for each opening mark. */
const CLOSING: Record<string, string> = {
  '"': '"',
  '\u201C': '\u201D',
  '\u00AB': '\u00BB',
  '\u201E': '\u201C',
  '\u2018': '\u2019',
  "'": "'",
  '\u201A': '\u2018',
  '\u00BB': '\u00AB',
};

/** An opening quotation mark that is never closed: the reader cannot tell where the quote ends. */
export const unbalancedQuote: Rule = {
  code: 'unbalanced-quote',
  defaultSeverity: 'error',
  description: 'An opening quotation mark that is never closed.',
  rationale: 'A quotation mark that is never closed leaves the reader unable to tell where the quoted words end.',
  check: ({ text, structure, unbalanced }) =>
    unbalanced
      .filter((span) => {
        // Newsroom style leaves a quote open at the end of a paragraph when the next paragraph continues it.
        const i = paragraphIndexAt(structure, span.start);
        const p = structure.paragraphs[i];
        const next = i >= 0 ? structure.paragraphs[i + 1] : undefined;
        return !(p && next && /^["“«„]/.test(text.slice(next.start, next.start + 1)) && /[.,!?]$/.test(text.slice(p.end - 1, p.end)));
      })
      .map((span) => {
        const p = paragraphAt(structure, span.start);
        const at = p ? p.end : span.end;
        const mark = CLOSING[text[span.start]] ?? '"';
        return {
          ...span,
          message: 'This quotation mark is never closed.',
          data: { fixes: [{ title: `Close the quote at the end of the paragraph (${mark})`, edits: [{ start: at, end: at, newText: mark }] }] },
        };
      }),
};
