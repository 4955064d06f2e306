/**
 * Suppression in the text, as writers' tools do it (Vale's `<!-- vale off -->`, Code Spell Checker's
 * `cspell:disable-next-line`): HTML comments, which read plainly in a text file and vanish in
 * rendered Markdown, each naming one or more rule codes (or `all`):
 *
 *   <!-- newslens-disable-next-line unattributed-quote -->   the next non-blank line
 *   <!-- newslens-disable vague-source, unattributed-claim --> from here ...
 *   <!-- newslens-enable vague-source -->                     ... to here (or to the end)
 *   <!-- newslens-disable-file speaker-without-role -->       the whole file
 *
 * A reason may follow the codes after ` -- ` (`<!-- newslens-disable-file all -- examples of bad
 * attribution -->`). The directives are blanked out (same length, offsets unchanged) before the text is analysed, so
 * their words never count as prose; a directive naming an unknown code is reported.
 */
import type { RuleCode, Span } from '../types';

const DIRECTIVE = /<!--\s*newslens-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->/g;

export interface Directives {
  /** The text with every directive replaced by spaces (line breaks kept). */
  text: string;
  /** Whether a finding of `code` starting at `offset` is silenced. */
  silenced(code: RuleCode, offset: number): boolean;
  /** One message per directive that names a code NewsLens does not have, with where it stands. */
  problems: { span: Span; message: string }[];
}

/** Reads the directives of a text; `codes` are the rule codes that exist. */
export function readDirectives(text: string, codes: readonly string[]): Directives {
  if (!text.includes('newslens-')) return { text, silenced: () => false, problems: [] };
  const known = new Set(codes);
  const ranges: { code: string; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  const problems: Directives['problems'] = [];
  let blanked = text;
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    blanked = blanked.slice(0, start) + m[0].replace(/[^\n]/g, ' ') + blanked.slice(end);
    // Anything after " -- " is the writer's reason, as ESLint's directives allow.
    const named = m[2]
      .split(/\s--\s/)[0]
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    const unknown = named.filter((c) => c !== 'all' && !known.has(c));
    if (unknown.length || named.length === 0) {
      problems.push({
        span: { start, end },
        message: named.length
          ? `This NewsLens directive names ${unknown.length === 1 ? 'an unknown code' : 'unknown codes'}: ${unknown.join(', ')}. Known codes: ${codes.join(', ')}, or all.`
          : `This NewsLens directive names no code: add one or more of ${codes.join(', ')}, or all.`,
      });
    }
    const valid = named.filter((c) => c === 'all' || known.has(c));
    for (const code of valid) {
      if (m[1] === 'disable-file') ranges.push({ code, start: 0, end: text.length });
      else if (m[1] === 'disable') open.set(code, open.get(code) ?? end);
      else if (m[1] === 'enable') {
        const from = open.get(code);
        if (from !== undefined) ranges.push({ code, start: from, end: start });
        open.delete(code);
      } else {
        const line = nextLine(text, end);
        if (line) ranges.push({ code, ...line });
      }
    }
  }
  for (const [code, from] of open) ranges.push({ code, start: from, end: text.length });
  return {
    text: blanked,
    problems,
    silenced: (code, offset) => ranges.some((r) => (r.code === code || r.code === 'all') && offset >= r.start && offset < r.end),
  };
}

/** The next line after `offset` with any text on it (the line the directive stands above). */
function nextLine(text: string, offset: number): Span | null {
  let start = text.indexOf('\n', offset);
  while (start >= 0) {
    start++;
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (text.slice(start, stop).trim()) return { start, end: stop };
    if (end < 0) return null;
    start = end;
  }
  return null;
}
