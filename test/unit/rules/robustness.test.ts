import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { RULES } from '../../../server/src/analysis/rules/index';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { contextFor } from './harness';

const ODD = [
  '',
  '"',
  '“”',
  '\u201C'.repeat(300),
  'Fancy Bear'.repeat(2000),
  'According to according to according to',
  'APT28, , , , ( ( ) — – -- hacked',
  '\uD800\uDC00 lone \uDC00 surrogates \uD83D and 🚨 emoji APT28 hacked 🚨.',
  'Zero\u200Bwidth\u00A0spaces and RTL \u202Etext\u202C: Russia hacked.',
  'ÀÉÎÕÜ ß Ω 中国 黑客 攻击了 ministry. Россия взломала.',
  'a.'.repeat(5000),
  '\n\n\n\t\t\r\n',
  'Sources say. It is. Reportedly. Who spoke on condition of anonymity',
];

test('every rule survives odd input', () => {
  for (const text of ODD) {
    const context = contextFor(text);
    for (const rule of RULES) {
      const findings = rule.check(context);
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${rule.code} on ${JSON.stringify(text.slice(0, 40))}`);
    }
  }
});

test('a 2 MB paragraph is analyzed without problems', () => {
  const text = 'Fancy Bear hacked the grid, sources say, and "it was bad," he said. Russian hackers targeted Ukraine. '.repeat(20_000);
  const analysis = analyze(text, indexKnowledge(builtinKnowledge()));
  assert.deepEqual(analysis.problems, []);
  assert.ok(analysis.findings.some((f) => f.code === 'vague-source'));
});

test('analyze() runs the attribution rules with the built-in knowledge', () => {
  const analysis = analyze('Officials met on Monday.\n\nFancy Bear hacked the committee in 2016.', indexKnowledge(builtinKnowledge()));
  assert.ok(
    analysis.findings.some((f) => f.code === 'unattributed-claim'),
    JSON.stringify(analysis.findings),
  );
});
