import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/quotes';
import { structure } from '../../../server/src/analysis/text/structure';
import { parseFixture, renderAnnotations } from '../fixture';

/**
 * Checks the quotes of a fixture: each quote is marked `quote` or `fragment`, each paragraph part
 * of a quote continued across paragraphs `part`, and each opening mark never closed `unbalanced`.
 */
function checkQuotes(source: string): void {
  const { text, annotations } = parseFixture(source);
  const { quotes, unbalanced } = findQuotes(text, structure(text));
  const actual = [
    ...quotes.flatMap((q) =>
      q.parts ? q.parts.map((p) => ({ ...p, label: 'part' })) : [{ start: q.start, end: q.end, label: q.fragment ? 'fragment' : 'quote' }],
    ),
    ...unbalanced.map((u) => ({ ...u, label: 'unbalanced' })),
  ].sort((a, b) => a.start - b.start);
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

test('curly and straight double quotes', () => {
  checkQuotes(`
    “We will respond,” the agency said. "It was a wake-up call," she added.
    ^^^^^^^^^^^^^^^^^^ quote
                                        ^^^^^^^^^^^^^^^^^^^^^^^^ quote
  `);
});

test('single marks inside double quotes belong to the outer quote', () => {
  checkQuotes(`
    “He told me, ‘Do not click that link,’ and I did not,” Ruiz said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
    "They called it 'routine' and moved on," she said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
  `);
});

test('British-style single quotes and quotes in headlines', () => {
  checkQuotes(`
    Minister: ‘We Will Not Pay the Ransom.’
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote

    ‘We saw the intrusion early,’ the minister said, ‘and we shut it down.’
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                                                     ^^^^^^^^^^^^^^^^^^^^^^ fragment
  `);
});

test('apostrophes are not quotation marks', () => {
  checkQuotes(`
    It's the group's third attack since the '90s, and rock 'n' roll fans at the Smiths' house shrugged.
    O’Brien said the agency’s staff didn’t know about the hackers’ tools.
  `);
});

test('a plural possessive inside a single-quoted quote does not end it', () => {
  checkQuotes(`
    ‘We reached the Smiths’ house at nine,’ she said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
  `);
});

test('a quote continued across paragraphs is one quote with parts', () => {
  checkQuotes(`
    “We saw the first intrusion in March.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ part

    “By April they were inside the billing system,” Diaz said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ part
  `);
});

test('a quote continued after a line break inside a paragraph', () => {
  checkQuotes(`
    "The first line of the statement runs on.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ part
    "And the second closes it," the office said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ part

    A second paragraph makes the break a line break, not a paragraph break.
  `);
});

test('an opening mark never closed is unbalanced, and the quotes inside it still count', () => {
  checkQuotes(`
    “We will not pay, the mayor said. “Not one cent,” he added.
    ^ unbalanced
                                      ^^^^^^^^^^^^^^^ quote

    The city moved on.
  `);
});

test('partial and scare quotes are fragments', () => {
  checkQuotes(`
    Officials called the breach “a serious incident” and the group’s tools “crude but effective.”
                                ^^^^^^^^^^^^^^^^^^^^ fragment
                                                                           ^^^^^^^^^^^^^^^^^^^^^^ fragment
    The campaign, dubbed “Operation Dream Job,” targeted engineers. He said: “It will not stop.”
                         ^^^^^^^^^^^^^^^^^^^^^^ fragment
                                                                             ^^^^^^^^^^^^^^^^^^^ quote
  `);
});

test('doubled apostrophes used as double marks', () => {
  checkQuotes(`
    ''We have no comment,'' a spokesman said. ''The answer is 'no.' ''
    ^^^^^^^^^^^^^^^^^^^^^^^ quote
                                              ^^^^^^^^^^^^^^^^^^^^^^^^ quote
  `);
});

test('empty quotes and feet-and-inches are not quotes', () => {
  checkQuotes(`
    He wrote "" twice. The suspect is 5'9" tall and weighs 180 pounds; his partner is 6’2”.
  `);
});

test('hostile input: runs of marks, unclosed quotes, a huge paragraph', () => {
  for (const text of ['"'.repeat(500), '“'.repeat(500), "'".repeat(500), '“”‘’'.repeat(1000), '\uD800"\uDC00', '', '"\n\n"\n\n"']) {
    findQuotes(text, structure(text));
  }
  const unclosed = 'He said "no way.\n'.repeat(2000);
  assert.equal(findQuotes(unclosed, structure(unclosed)).unbalanced.length, 2000);
  const big = '"Yes," he said. "No," she said. '.repeat(20000);
  const { quotes, unbalanced } = findQuotes(big, structure(big));
  assert.equal(quotes.length, 40000);
  assert.equal(unbalanced.length, 0);
});

test('a subheading set in quote marks is no quote; a quoted paragraph that ends its sentence is', () => {
  checkQuotes(`
    The utility said it was fine.

    ‘A long night at the plant’

    “We stayed until dawn.”
    ^^^^^^^^^^^^^^^^^^^^^^^ quote
  `);
});
