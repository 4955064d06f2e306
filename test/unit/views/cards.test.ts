import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Analysis, Quote } from '../../../server/src/analysis/types';
import { quoteCard } from '../../../server/src/views/cards';

const analysis = { people: [{ id: 'person:tom-vance', name: 'Tom Vance', role: 'the agency director', mentions: [] }] } as unknown as Analysis;
const quote = (speaker: Quote['speaker']): Quote => ({ start: 0, end: 5, text: '"Hi."', content: { start: 1, end: 4 }, speaker });

test('the quote card says "probably" when another person could be meant, and names no one it cannot', () => {
  const he = { start: 8, end: 10, text: 'he', name: 'Tom Vance', id: 'person:tom-vance', via: 'pronoun' as const };
  assert.match(quoteCard(quote(he), analysis), /^\*\*Quote\*\* — said by \*\*Tom Vance\*\*, the agency director \(as “he”\)$/);
  assert.match(quoteCard(quote({ ...he, confidence: 'low' }), analysis), /probably said by \*\*Tom Vance\*\*/);
  assert.match(quoteCard(quote({ ...he, id: '', name: 'the mayor' }), analysis), /said by the mayor \(\*not named in the article\*\)/);
  assert.match(quoteCard(quote(null), analysis), /no speaker found/);
});
