/**
 * The one entry point of the analysis core: text in, plain data out. The language server and the CLI
 * both call `analyze()`, so a rule added once shows in both. It never throws: a failure inside a
 * stage becomes a problem in the result and the other stages' results are kept.
 */
import { findClaims } from './claims/claims';
import { findEntities } from './entities/entities';
import { type KnowledgeIndex } from './entities/knowledge-index';
import { findQuotes } from './quotes/quotes';
import { RULES } from './rules/index';
import { attributeSpeakers } from './speakers/speakers';
import { structure as cutStructure } from './text/structure';
import { RULE_CODES, type Analysis, type AnalyzeOptions, type Finding, type Structure } from './types';
import { readDirectives } from './text/directives';
import { readMarkdown } from './text/markdown';

const EMPTY_STRUCTURE: Structure = { paragraphs: [], sentences: [], tokens: [] };

/** Default limit on analyzed text, in UTF-16 code units; larger texts get a problem instead. */
export const DEFAULT_MAX_LENGTH = 4_000_000;

/** Analyzes one article. */
export function analyze(original: string, index: KnowledgeIndex, options: AnalyzeOptions = {}): Analysis {
  const problems: string[] = [];
  const empty: Analysis = { structure: EMPTY_STRUCTURE, entities: [], quotes: [], people: [], findings: [], problems };
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (original.length > maxLength) {
    // A text over the limit is analysed up to the last paragraph that fits, so its start is still
    // checked; every offset stays valid for the whole text, since the part is a prefix of it.
    const cut = prefixEnd(original, maxLength);
    const part = cut > 0 ? analyze(original.slice(0, cut), index, options) : empty;
    part.problems.unshift(
      `The text is ${original.length} characters long, over the limit of ${maxLength} (the newslens.maxFileSize setting); only its first ${cut} characters were analyzed.`,
    );
    return part;
  }
  if (looksBinary(original)) {
    problems.push('The text looks like binary data; it was not analyzed.');
    return empty;
  }
  // Suppression directives in the text are read first and blanked out, offsets unchanged.
  const directives = readDirectives(original, RULE_CODES);
  // In Markdown only the prose counts; the masked text keeps every offset of the file.
  const markdown = options.markdown ? readMarkdown(directives.text) : undefined;
  const text = markdown ? markdown.text : directives.text;
  const stage = <T>(name: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      problems.push(`Internal error in ${name}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
  const structure = stage('structure', EMPTY_STRUCTURE, () => cutStructure(text));
  const { entities, people } = stage('entities', { entities: [], people: [] }, () => findEntities(text, structure, index));
  const found = stage('quotes', { quotes: [], unbalanced: [] }, () => findQuotes(text, structure, markdown?.blockQuotes));
  const quotes = stage('speakers', [], () => attributeSpeakers(text, structure, found.quotes, entities, people));
  const claims = stage('claims', { claims: [], prose: text, cues: [] }, () => findClaims(text, structure, entities, quotes, found.unbalanced));
  const context = { text, structure, entities, quotes, people, unbalanced: found.unbalanced, index, claims };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const raw of stage(rule.code, [], () => rule.check(context))) {
      if (!directives.silenced(rule.code, raw.start)) findings.push({ ...raw, code: rule.code, severity });
    }
  }
  const hidden = new Set((options.hidden ?? []).map((h) => `${h.code}\u0000${h.text}`));
  const shown = hidden.size ? findings.filter((f) => !hidden.has(`${f.code}\u0000${text.slice(f.start, f.end)}`)) : findings;
  shown.sort((a, b) => a.start - b.start || a.end - b.end);
  const notices = directives.problems.map((p) => ({ ...p.span, message: p.message }));
  return { structure, entities, quotes, people, findings: shown, problems, ...(notices.length ? { notices } : {}) };
}

/** Where a prefix of at most `max` characters ends: after the last paragraph or line break in it, never inside a surrogate pair. */
function prefixEnd(text: string, max: number): number {
  const paragraph = text.lastIndexOf('\n\n', max - 2);
  if (paragraph > max / 2) return paragraph + 2;
  const line = text.lastIndexOf('\n', max - 1);
  if (line > max / 2) return line + 1;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** NUL bytes or a high share of control characters mean the "text" is not prose. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
