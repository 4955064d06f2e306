import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { firstEndingAfter, lastStartingBefore, lineColumn, lineStarts, spanIndexAt } from '../../../server/src/analysis/text/spans';
import type { Span } from '../../../server/src/analysis/types';

/** Spans written as `[start, end]` pairs. */
const spans = (...pairs: [number, number][]): Span[] => pairs.map(([start, end]) => ({ start, end }));

/** What the binary searches must agree with: the same questions asked by a scan. */
function scanLastStartingBefore(list: readonly Span[], offset: number): number {
  let found = -1;
  list.forEach((s, i) => {
    if (s.start < offset) found = i;
  });
  return found;
}

function scanFirstEndingAfter(list: readonly Span[], offset: number): number {
  const i = list.findIndex((s) => s.end > offset);
  return i < 0 ? list.length : i;
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

test('lastStartingBefore: the last span starting strictly before the offset, or -1', () => {
  const list = spans([2, 5], [7, 9], [9, 12]);
  assert.equal(lastStartingBefore(list, 0), -1);
  assert.equal(lastStartingBefore(list, 2), -1, 'a span starting at the offset is not before it');
  assert.equal(lastStartingBefore(list, 3), 0);
  assert.equal(lastStartingBefore(list, 7), 0);
  assert.equal(lastStartingBefore(list, 8), 1);
  assert.equal(lastStartingBefore(list, 9), 1);
  assert.equal(lastStartingBefore(list, 100), 2);
  assert.equal(lastStartingBefore([], 5), -1);
  // One past it is the first span starting at or after the offset (a token lookup).
  assert.equal(lastStartingBefore(list, 7) + 1, 1);
  // The last span starting at or before an offset is the last one starting before offset + 1.
  assert.equal(lastStartingBefore(list, 7 + 1), 1);
});

test('lastStartingBefore: spans sharing a start count as one boundary', () => {
  const list = spans([1, 3], [4, 6], [4, 8], [4, 5], [10, 11]);
  assert.equal(lastStartingBefore(list, 4), 0);
  assert.equal(lastStartingBefore(list, 5), 3);
});

test('firstEndingAfter: the first span ending after the offset, or the length', () => {
  const list = spans([2, 5], [7, 9], [9, 12]);
  assert.equal(firstEndingAfter(list, 0), 0);
  assert.equal(firstEndingAfter(list, 4), 0);
  assert.equal(firstEndingAfter(list, 5), 1, 'a span ends before its end offset');
  assert.equal(firstEndingAfter(list, 6), 1, 'between spans: the next one');
  assert.equal(firstEndingAfter(list, 9), 2);
  assert.equal(firstEndingAfter(list, 12), 3);
  assert.equal(firstEndingAfter([], 5), 0);
});

test('in disjoint spans, firstEndingAfter finds the span spanIndexAt finds', () => {
  const list = spans([0, 4], [6, 10], [10, 11], [15, 20]);
  for (let offset = -2; offset <= 22; offset++) {
    const i = firstEndingAfter(list, offset);
    const containing = i < list.length && list[i].start <= offset ? i : -1;
    assert.equal(containing, spanIndexAt(list, offset), `offset ${offset}`);
  }
});

test('both searches agree with a scan on random sorted lists', () => {
  const next = random(7);
  for (let round = 0; round < 300; round++) {
    const list: Span[] = [];
    let at = Math.floor(next() * 3);
    const length = Math.floor(next() * 40);
    for (let i = 0; i < length; i++) {
      // Touching, overlapping-free and gapped spans, some of them empty.
      at += Math.floor(next() * 4);
      const end = at + Math.floor(next() * 5);
      list.push({ start: at, end });
      at = end;
    }
    for (let offset = -1; offset <= at + 2; offset++) {
      assert.equal(lastStartingBefore(list, offset), scanLastStartingBefore(list, offset), `round ${round}, offset ${offset}`);
      assert.equal(firstEndingAfter(list, offset), scanFirstEndingAfter(list, offset), `round ${round}, offset ${offset}`);
    }
  }
});

test('lineColumn finds the line an offset falls on', () => {
  const text = 'ab\ncd\r\nef\rg';
  const starts = lineStarts(text);
  assert.deepEqual(starts, [0, 3, 7, 10]);
  assert.deepEqual(lineColumn(starts, 0), { line: 0, column: 0 });
  assert.deepEqual(lineColumn(starts, 2), { line: 0, column: 2 });
  assert.deepEqual(lineColumn(starts, 3), { line: 1, column: 0 });
  assert.deepEqual(lineColumn(starts, 8), { line: 2, column: 1 });
  assert.deepEqual(lineColumn(starts, 11), { line: 3, column: 1 });
  assert.deepEqual(lineColumn(starts, -1), { line: 0, column: -1 });
});
