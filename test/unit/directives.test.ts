import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { indexKnowledge } from '../../server/src/analysis/entities/knowledge-index';
import { builtinKnowledge } from '../../server/src/knowledge/index';

const index = indexKnowledge(builtinKnowledge());
const codes = (text: string) => analyze(text, index).findings.map((f) => `${f.code}@${text.slice(0, f.start).split('\n').length}`);

const QUOTE = '"Nobody told us anything about the intrusion."';
const VAGUE = 'Officials said the pumps were safe.';

test('directives silence the next line, a block or the file, for the codes they name', () => {
  const base = ['Water plant breached', '', QUOTE, '', VAGUE, ''].join('\n');
  assert.deepEqual(codes(base), ['unattributed-quote@3', 'vague-source@5']);
  const nextLine = ['Water plant breached', '', '<!-- newslens-disable-next-line unattributed-quote -->', QUOTE, '', VAGUE, ''].join('\n');
  assert.deepEqual(codes(nextLine), ['vague-source@6']);
  const block = ['Water plant breached', '', '<!-- newslens-disable all -->', QUOTE, '', VAGUE, '<!-- newslens-enable all -->', '', VAGUE, ''].join('\n');
  assert.deepEqual(codes(block), ['vague-source@9']);
  const file = [
    '<!-- newslens-disable-file vague-source, unattributed-quote -- both reviewed by the desk -->',
    'Water plant breached',
    '',
    QUOTE,
    '',
    VAGUE,
    '',
  ].join('\n');
  assert.deepEqual(codes(file), []);
});

test('a directive that names an unknown code, or none, is reported where it stands; its words are no prose', () => {
  const text = ['Water plant breached', '', '<!-- newslens-disable-next-line unattributed-qoute -->', QUOTE, ''].join('\n');
  const analysis = analyze(text, index);
  assert.deepEqual(
    analysis.findings.map((f) => f.code),
    ['unattributed-quote'],
  );
  assert.equal(analysis.notices?.length, 1);
  assert.equal(text.slice(analysis.notices![0].start, analysis.notices![0].end), '<!-- newslens-disable-next-line unattributed-qoute -->');
  assert.match(analysis.notices![0].message, /unknown code: unattributed-qoute/);
  assert.match(analyze('<!-- newslens-disable -->\nText.', index).notices![0].message, /names no code/);
  // "Fancy Bear" inside a directive's comment is not an entity.
  assert.deepEqual(analyze('<!-- newslens-disable vague-source Fancy Bear -->\nText.', index).entities, []);
});
