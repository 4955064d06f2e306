/**
 * Properties that hold for any text, checked with fast-check over generated inputs: the core and the
 * LSP features never throw, never return an offset outside the text or between the two halves of a
 * surrogate pair, and give the same answer twice. The generators lean on what breaks text tools:
 * full Unicode with lone surrogates, NUL, CR-only line ends, right-to-left and zero-width marks,
 * combining marks, storms of quote marks and endless runs of capitalised words. `npm test` runs a
 * bounded number (test/unit/properties.test.ts); `npm run fuzz` runs as many as asked for.
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { indexKnowledge } from '../../server/src/analysis/entities/knowledge-index';
import type { Analysis, Span } from '../../server/src/analysis/types';
import { builtinKnowledge } from '../../server/src/knowledge/index';
import { codeActions } from '../../server/src/lsp/features/code-actions';
import { diagnostics } from '../../server/src/lsp/features/diagnostics';
import { hover } from '../../server/src/lsp/features/hover';
import { semanticTokens } from '../../server/src/lsp/features/semantic-tokens';
import { documentSymbols } from '../../server/src/lsp/features/symbols';
import { whoSaidWhat } from '../../server/src/lsp/features/who-said-what';

const index = indexKnowledge(builtinKnowledge());

/** Pieces of prose that exercise every stage: names, cues, quote marks, titles, actors. */
const WORDS = [
  'Strontium',
  'Fancy Bear',
  'APT28',
  'the Kremlin',
  'Russia-linked',
  'Chinese',
  'said',
  'told reporters',
  'he',
  'she',
  'according to',
  'sources say',
  'Mr.',
  'Tom Vance',
  'Vance',
  'Ana Ruiz, the agency\u2019s director,',
  'hacked',
  'the agency',
  'U.S.',
  'By',
  'WASHINGTON \u2014',
  'officials',
  'reportedly',
];
const MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', "''", '``'];
const ODD = [
  '> ',
  '```',
  '<!-- x -->',
  '[a](b "c")',
  '---\n',
  '\u0000',
  '\r',
  '\r\n',
  '\n\n',
  '\u200f',
  '\u202e',
  '\u200b',
  '\u0301',
  '\ufeff',
  '\ud83d',
  '\ude00',
  '\u{1F1F7}\u{1F1FA}',
  '\t',
  '\u2028',
];

/** Any string, full Unicode with lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
/** Prose-like text: words, quote marks, punctuation and odd characters in any order. */
const prose = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS), fc.constantFrom(...ODD), fc.constantFrom(' ', ' ', ', ', '. ', '? ', ': ', '\n')), {
    maxLength: 160,
  })
  .map((parts) => parts.join(''));
/** A storm of quote marks with a little text between them. */
const quoteStorm = fc.array(fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom('a', ' ', '.', '\n')), { maxLength: 600 }).map((p) => p.join(''));
/** An endless capitalised run: "Tom Vance Ana Ruiz Kremlin APT28 ...". */
const capitalRun = fc
  .array(fc.constantFrom('Tom', 'Vance', 'Ana', 'Ruiz', 'Kremlin', 'APT28', 'Fancy', 'Bear', 'Mr.', 'The', 'Ministry', 'Of', 'Defence'), { maxLength: 300 })
  .map((p) => p.join(' '));

/** Every generator the properties run over, with weights toward prose. */
export const texts = fc.oneof(
  { arbitrary: prose, weight: 4 },
  { arbitrary: anyText, weight: 2 },
  { arbitrary: quoteStorm, weight: 1 },
  { arbitrary: capitalRun, weight: 1 },
);

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkSpan(text: string, span: Span, what: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) throw new Error(`${what} ${JSON.stringify(span)} outside a text of ${text.length}`);
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) throw new Error(`${what} ${JSON.stringify(span)} splits a surrogate pair`);
}

function checkAnalysis(text: string, a: Analysis): void {
  const internal = a.problems.filter((p) => p.startsWith('Internal error'));
  if (internal.length) throw new Error(internal.join('; '));
  for (const e of a.entities) checkSpan(text, e, 'entity');
  for (const q of a.quotes) {
    checkSpan(text, q, 'quote');
    if (q.speaker) checkSpan(text, q.speaker, 'speaker');
  }
  for (const f of a.findings) {
    checkSpan(text, f, `finding ${f.code}`);
    for (const fix of (f.data?.fixes as { edits: Span[] }[] | undefined) ?? []) for (const e of fix.edits) checkSpan(text, e, `fix of ${f.code}`);
  }
  for (const p of a.people) for (const m of p.mentions) checkSpan(text, m, 'person mention');
}

/** analyze() never throws, keeps every offset inside the text and off surrogate pairs, and is deterministic. */
export const analyzeProperty = fc.property(texts, (text) => {
  const a = analyze(text, index);
  checkAnalysis(text, a);
  const again = analyze(text, index);
  if (JSON.stringify(again) !== JSON.stringify(a)) throw new Error('two analyses of the same text differ');
  // The same text read as Markdown: its masking and block quotes keep every offset valid too.
  checkAnalysis(text, analyze(text, index, { markdown: true }));
});

/** The LSP features never throw on any text, at any position, and their ranges lie inside the document. */
export const featuresProperty = fc.property(texts, fc.nat(), (text, at) => {
  const document = TextDocument.create('file:///fuzz.article', 'article', 1, text);
  const a = analyze(text, index);
  const lines = document.lineCount;
  const inDocument = (r: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string) => {
    for (const p of [r.start, r.end])
      if (p.line < 0 || p.line >= lines || p.character < 0) throw new Error(`${what} range ${JSON.stringify(r)} outside the document`);
  };
  const found = diagnostics(document, a);
  for (const d of found) inDocument(d.range, 'diagnostic');
  hover(document, a, index, text.length === 0 ? 0 : at % (text.length + 1));
  const tokens = semanticTokens(document, a).data;
  if (tokens.length % 5 !== 0 || tokens.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('malformed semantic tokens');
  for (const s of documentSymbols(document, a)) inDocument(s.range, 'symbol');
  whoSaidWhat(document, a);
  for (const d of found) codeActions(document, { textDocument: { uri: document.uri }, range: d.range, context: { diagnostics: [d] } });
});
