import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { indexKnowledge } from '../../server/src/analysis/entities/knowledge-index';
import { builtinKnowledge } from '../../server/src/knowledge/index';

const index = indexKnowledge(builtinKnowledge());
const TEXT = 'Grid hit\n\nSources say the plant was hit. Experts believe it was a test.\n';

test('rule settings change severities and silence rules', () => {
  const codes = (rules = {}) => analyze(TEXT, index, { rules }).findings.map((f) => `${f.code}:${f.severity}`);
  assert.ok(codes().includes('vague-source:information'), codes().join());
  assert.ok(codes({ 'vague-source': 'error' }).includes('vague-source:error'));
  assert.ok(!codes({ 'vague-source': 'off' }).some((c) => c.startsWith('vague-source')));
});

test('a hidden finding stays hidden wherever its text stands', () => {
  const all = analyze(TEXT, index).findings.filter((f) => f.code === 'vague-source');
  assert.equal(all.length, 2);
  const hidden = [{ code: 'vague-source' as const, text: TEXT.slice(all[0].start, all[0].end) }];
  const moved = 'Preface added by an editor.\n\n' + TEXT;
  const left = analyze(moved, index, { hidden }).findings.filter((f) => f.code === 'vague-source');
  assert.equal(left.length, 1);
  assert.notEqual(moved.slice(left[0].start, left[0].end), hidden[0].text);
});

test('the byline author is no antecedent for he or she', () => {
  // The author's given name says "she"; the researcher's does not, yet "she" is the researcher.
  const text =
    'Profile of a hunter\n\nBy Helena Marsh\n\nKit Naidoo, a researcher at Halden Labs, has tracked Chinese hackers for a decade.\n\n"They are patient," she said.\n';
  const quote = analyze(text, index).quotes[0];
  assert.equal(quote.speaker?.id, 'person:kit-naidoo');
});

test('"the company" never resolves to a hacking group named closer to it; "the group" may', () => {
  const text =
    'Brackwater Diagnostics, the testing provider whose systems went down, said a gang calling itself Qilin had published its data.\n\n' +
    '"We are sorry," the company said. "We will pay nothing," the group said on its leak site.\n';
  const speakers = analyze(text, index).quotes.map((q) => q.speaker?.id);
  assert.deepEqual(speakers, ['org:brackwater-diagnostics', 'actor:G1050']);
});

test('a profile subject stays "she" across paragraphs that name nobody else', () => {
  const text =
    'Ilse Marquardt has watched the same hackers for a decade. "They are patient," she says.\n\n' +
    'In 2015 a cyberattack cut power to a region. Sandworm was blamed.\n\n' +
    'In 2022 the group tried again, and failed.\n\n' +
    'Gamaredon, another group, sends thousands of emails a week.\n\n' +
    '"They send so much that something always gets through," she says.\n';
  const speakers = analyze(text, index).quotes.map((q) => q.speaker?.id);
  assert.deepEqual(speakers, ['person:ilse-marquardt', 'person:ilse-marquardt']);
});
