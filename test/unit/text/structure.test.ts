import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { structure, tokenize } from '../../../server/src/analysis/text/structure';
import { parseFixture, renderAnnotations } from '../fixture';

/** Checks that the sentences of a fixture's text are exactly the annotated ones (label `s`). */
function checkSentences(source: string): void {
  const { text, annotations } = parseFixture(source);
  const actual = structure(text).sentences.map((s) => ({ start: s.start, end: s.end, label: 's' }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

test('sentences end at terminal punctuation followed by a capital', () => {
  checkSentences(`
    Fancy Bear struck again. The FBI said so.
    ^^^^^^^^^^^^^^^^^^^^^^^^ s
                             ^^^^^^^^^^^^^^^^ s
  `);
});

test('abbreviations, initials and quotes do not end sentences', () => {
  checkSentences(`
    Mr. Burt met Gen. Paul M. Nakasone in the U.S. Capitol. "Is it over?" she asked.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ s
                                                            ^^^^^^^^^^^^^^^^^^^^^^^^ s
  `);
});

test('a closing quote after the period belongs to the sentence', () => {
  checkSentences(`
    "We will respond." He left.
    ^^^^^^^^^^^^^^^^^^ s
                       ^^^^^^^^ s
  `);
});

test('paragraphs split on blank lines, and the headline is recognised', () => {
  const s = structure('Hackers hit the grid\n\nBy Ana Diaz\n\nKYIV, Ukraine — The lights went out.\n\nAdvertisement');
  assert.deepEqual(
    s.paragraphs.map((p) => p.kind),
    ['headline', 'byline', 'body', 'boilerplate'],
  );
});

test('a text without blank lines has one paragraph per line', () => {
  const s = structure('First line here.\nSecond line here.\r\nThird.');
  assert.equal(s.paragraphs.length, 3);
});

test('tokens keep astral characters whole and offsets exact', () => {
  const text = "🚨 APT28's U.S. ops";
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => text.slice(t.start, t.end)),
    ['🚨', "APT28's", 'U.S.', 'ops'],
  );
});

test('structure never throws on odd input', () => {
  for (const text of ['', '\n\n\n', '"'.repeat(500), '\uD800 lone surrogate', 'a'.repeat(100000), '\u0000\u0001']) {
    structure(text);
  }
});

test('bylines in their common dress', () => {
  for (const line of ['By Ana Diaz', '**By Ana Diaz**', 'An analysis by Ana Diaz', '*Interview by Ana Diaz*', 'Reporting by Ana Diaz']) {
    const s = structure(`Hackers hit the grid\n\n${line}\n\nKYIV — The lights went out.`);
    assert.equal(s.paragraphs[1].kind, 'byline', line);
  }
  assert.equal(structure('Headline\n\nBy the numbers, the attack was small.\n').paragraphs[1].kind, 'body');
});
