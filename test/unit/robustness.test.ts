/**
 * The core never throws and never returns a range outside the text, whatever the text. Random
 * inputs are drawn from a seeded generator over characters that stress the parsers (quote marks,
 * apostrophes, surrogate halves, line breaks, entity names), so a failure is reproducible.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { indexKnowledge } from '../../server/src/analysis/entities/knowledge-index';
import type { Analysis, Span } from '../../server/src/analysis/types';
import { builtinKnowledge } from '../../server/src/knowledge/index';

const index = indexKnowledge(builtinKnowledge());

const PIECES = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '.',
  ',',
  '?',
  ':',
  '—',
  '-',
  'Strontium',
  'Fancy Bear',
  "Nobelium's",
  'APT28',
  'the Kremlin',
  'Russia-linked',
  'Chinese',
  'said',
  'he',
  'she',
  'according to',
  'sources say',
  'Mr.',
  'Vance',
  'Tom Vance',
  'hacked',
  'the agency',
  'U.S.',
  '🚨',
  '🇷🇺',
  '\uD83D',
  '\uDE00',
  'é',
  'e\u0301',
  '\u200B',
  '\t',
  '#',
  'By',
  'WASHINGTON',
  'lead',
  'Lead',
  'Mustang',
  'Zinc',
];

function random(seed: number): () => number {
  // Mulberry32: small, fast and good enough to vary test inputs deterministically.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkSpans(text: string, analysis: Analysis): void {
  // The failure message quotes the text around the span, and is built only on failure: building it
  // for each of the tens of thousands of spans of a long text made this check take minutes.
  const inBounds = (s: Span, what: string) => {
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length) return;
    assert.fail(
      `${what} ${JSON.stringify(s)} out of bounds in a text of ${text.length}: ${JSON.stringify(text.slice(Math.max(0, s.start - 80), s.start + 80))}`,
    );
  };
  for (const e of analysis.entities) {
    inBounds(e, 'entity');
    if (text.slice(e.start, e.end) !== e.text) assert.equal(text.slice(e.start, e.end), e.text);
  }
  for (const q of analysis.quotes) {
    inBounds(q, 'quote');
    if (text.slice(q.start, q.end) !== q.text) assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker) inBounds(q.speaker, 'speaker');
  }
  for (const f of analysis.findings) inBounds(f, `finding ${f.code}`);
  for (const p of analysis.people) for (const m of p.mentions) inBounds(m, 'person mention');
}

test('random texts: no throw, no problem reported, every span inside the text', () => {
  const next = random(20261121);
  for (let round = 0; round < 400; round++) {
    const length = Math.floor(next() * 80);
    let text = '';
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const analysis = analyze(text, index);
    assert.deepEqual(
      analysis.problems.filter((p) => p.startsWith('Internal error')),
      [],
      JSON.stringify(text),
    );
    checkSpans(text, analysis);
  }
});

test('pathological texts: long runs of quote marks, unclosed quotes, one huge paragraph', () => {
  const texts = [
    '',
    '"'.repeat(500),
    '“'.repeat(500) + '”'.repeat(3),
    '"' + 'word '.repeat(50_000),
    'Fancy Bear hacked the grid, sources say. "It was bad," he said. '.repeat(20_000),
    '\u0000binary\u0001',
    '\uFEFFStrontium struck.',
  ];
  for (const text of texts) {
    const analysis = analyze(text, index);
    assert.deepEqual(
      analysis.problems.filter((p) => p.startsWith('Internal error')),
      [],
    );
    checkSpans(text, analysis);
  }
});

test('texts over the size limit are analysed up to the last paragraph that fits, and say so', () => {
  const analysis = analyze('x'.repeat(1000), index, { maxLength: 100 });
  assert.equal(analysis.findings.length, 0);
  assert.match(analysis.problems[0], /over the limit of 100 .*only its first 100 characters were analyzed/);
  const head = '"We had no warning." The plant closed.\n\n';
  const long = analyze(head + 'More text here. '.repeat(20), index, { maxLength: head.length + 10 });
  assert.match(long.problems[0], new RegExp(`only its first ${head.length} characters`));
  assert.deepEqual(
    long.findings.map((f) => f.code),
    ['unattributed-quote'],
  );
  // A surrogate pair at the limit is never split.
  const emoji = analyze('a'.repeat(99) + '😀' + 'b'.repeat(50), index, { maxLength: 100 });
  assert.match(emoji.problems[0], /first 99 characters/);
});
