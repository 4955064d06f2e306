import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { maskMarkdown } from '../../../server/src/analysis/text/markdown';
import { builtinKnowledge } from '../../../server/src/knowledge/index';

const index = indexKnowledge(builtinKnowledge());

/** Every construct the masking knows, around one real quote and one real accusation. */
const MARKDOWN = [
  '---',
  'title: "Russia hacked the grid"',
  'tags: ["APT28"]',
  '---',
  '',
  '# Grid operator hit by intrusion',
  '',
  'Tom Vance, the agency’s director, said the intrusion was contained, in [a statement](https://example.org/a "The \\"full\\" text").',
  '',
  '<!-- editor: "check this quote" before publishing -->',
  '',
  '```json',
  '{ "quote": "This is not a quote." }',
  '```',
  '',
  '    "An indented code line is no quote either."',
  '',
  '“We blocked it within hours,” Vance said. Run `"not a quote"` to see.',
  '',
  '![A "photo" of the plant](plant.jpg "Fancy Bear hacked it")',
  '',
  '[ref]: https://example.org/r "Fancy Bear hacked it too"',
  '',
  'Fancy Bear hacked the utility in 2023.',
  '',
].join('\n');

test('Markdown markup is blanked, prose and every offset kept', () => {
  const masked = maskMarkdown(MARKDOWN);
  assert.equal(masked.length, MARKDOWN.length);
  assert.equal(masked.split('\n').length, MARKDOWN.split('\n').length);
  for (const gone of [
    'title:',
    'APT28',
    'https://',
    'check this quote',
    'This is not a quote',
    'indented code',
    'not a quote',
    'photo',
    'Fancy Bear hacked it too',
  ])
    assert.ok(!masked.includes(gone), `"${gone}" is masked`);
  for (const kept of [
    '# Grid operator',
    'Tom Vance, the agency’s director',
    'a statement',
    '“We blocked it within hours,” Vance said.',
    'Fancy Bear hacked the utility',
  ])
    assert.ok(masked.includes(kept), `"${kept}" is kept`);
  // Prose with no markup is returned as it is.
  const prose = 'Tom Vance said it. *Really*, he said.\n\n## A heading\n\n- a list item\n';
  assert.equal(maskMarkdown(prose), prose);
});

test('in a text without code fences, only the stretch of a paragraph that holds markup is parsed, with the same result', () => {
  const text = [
    'Officials (two of them) said [the report](https://example.org/a_(b) "Title") was real, and (later) `a "code" span` ran.',
    '',
    'A \\[bracket](kept) is no link, and neither is a lone ] or a (parenthesis).',
    '',
    '[A link](https://example.org/x) opens this paragraph; [another][r] uses a reference.',
    '',
    '[r]: https://example.org/r "Reference title"',
    '',
  ].join('\n');
  const masked = maskMarkdown(text);
  assert.equal(masked.length, text.length);
  for (const gone of ['https://', 'Title', 'code', '[the', '[A', '][r]', 'Reference title']) assert.ok(!masked.includes(gone), `"${gone}" is masked`);
  for (const kept of [
    'Officials (two of them) said ',
    'the report',
    'was real, and (later) ',
    ' ran.',
    'A \\[bracket](kept) is no link, and neither is a lone ] or a (parenthesis).',
    'A link',
    'opens this paragraph; ',
    'another',
  ])
    assert.ok(masked.includes(kept), `"${kept}" is kept`);
});

test('a Markdown article gives the findings of its plain-text twin, at the same places', () => {
  const plain = [
    'Grid operator hit by intrusion',
    '',
    'Tom Vance, the agency’s director, said the intrusion was contained, in a statement.',
    '',
    '“We blocked it within hours,” Vance said.',
    '',
    'Fancy Bear hacked the utility in 2023.',
    '',
  ].join('\n');
  const summary = (text: string, markdown: boolean) =>
    analyze(text, index, { markdown }).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end).replace(/\s+/g, ' ')}`);
  assert.deepEqual(summary(MARKDOWN, true), summary(plain, false));
  // Read as plain text, the markup's quoted strings count as quotes.
  assert.equal(analyze(MARKDOWN, index, { markdown: true }).quotes.length, 1);
  assert.ok(analyze(MARKDOWN, index).quotes.length > 5);
});

test('a Markdown block quote is quoted words: its speaker is found as for any quote, and an orphan one is flagged', () => {
  const text = [
    '# Grid hit',
    '',
    'Tom Vance, the agency director, said in a statement:',
    '',
    '> We blocked it within hours. Nobody lost power.',
    '> The plant is safe.',
    '',
    'Residents were told to boil water.',
    '',
    '> Nobody told us anything for two days.',
    '',
    '> “Quoted inside,” said Ana Ruiz, a resident.',
    '',
  ].join('\n');
  const analysis = analyze(text, index, { markdown: true });
  assert.deepEqual(
    analysis.quotes.map((q) => [q.text.split('\n')[0], q.speaker?.name ?? null]),
    [
      ['> We blocked it within hours. Nobody lost power.', 'Tom Vance'],
      ['> Nobody told us anything for two days.', null],
      ['“Quoted inside,”', 'Ana Ruiz'],
    ],
  );
  assert.deepEqual(
    analysis.findings.map((f) => [f.code, text.slice(f.start, f.end)]),
    [['unattributed-quote', '> Nobody told us anything for two days.']],
  );
});
