/**
 * The word lists are data that editors review: each has a header saying what belongs in it, one
 * entry a line, sorted, with no duplicates, so a diff shows exactly what a change adds or removes.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { entries } from '../../../server/src/analysis/lexicon/load';

const LISTS = path.resolve(__dirname, '../../../../server/src/analysis/lexicon/lists');

test('every word list has a header and sorted, unique, lowercase entries', () => {
  const files = readdirSync(LISTS).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 10, `found ${files.length} lists in ${LISTS}`);
  for (const file of files) {
    const text = readFileSync(path.join(LISTS, file), 'utf8');
    assert.match(text, /^# \S/, `${file} starts with a header comment`);
    const list = entries(text);
    assert.ok(list.length > 0, `${file} has entries`);
    const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(list, sorted, `${file} is sorted`);
    assert.equal(new Set(list).size, list.length, `${file} has no duplicates`);
    for (const entry of list) assert.equal(entry, entry.toLowerCase(), `${file}: '${entry}' is lowercase`);
  }
});

test('list files are read line by line, comments and blank lines ignored', () => {
  assert.deepEqual(entries('# header\n\nalpha\nbeta  # why beta\n  \ngamma m\n'), ['alpha', 'beta', 'gamma m']);
});
