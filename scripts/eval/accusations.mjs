#!/usr/bin/env node
// Recall on real accusations: test/judged/polnear-train-accusations.tsv lists sentences of PolNeAR
// train (by file and offsets, no text) that accuse a state, a state body or a group tied to one of a
// hostile act, each marked `sourced` yes or no as a reader judged it. This reports how many of them
// the claims stage reads as an accusation, and unattributed-claim's precision and recall on them.
//
//   node scripts/eval/accusations.mjs ../shared/polnear/train [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from '../lib/core.mjs';

const [corpus, ...rest] = process.argv.slice(2);
if (!corpus) {
  console.error('usage: node scripts/eval/accusations.mjs CORPUS_DIR [--verbose]');
  process.exit(2);
}
const verbose = rest.includes('--verbose');
const core = await loadCore();
const index = core.indexKnowledge(core.builtinKnowledge());
const rows = fs
  .readFileSync(path.join(root, 'test/judged/polnear-train-accusations.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [file, start, end, accused, sourced] = line.split('\t');
    return { file, start: Number(start), end: Number(end), accused, sourced: sourced === 'yes' };
  });
const cache = new Map();
let detected = 0;
let flagged = 0;
let flaggedRight = 0;
let unsourced = 0;
let unsourcedFlagged = 0;
for (const row of rows) {
  if (!cache.has(row.file)) {
    const text = fs.readFileSync(path.join(corpus, 'text', row.file), 'utf8');
    const analysis = core.analyze(text, index);
    const claims = core.findClaims(text, analysis.structure, analysis.entities, analysis.quotes, []).claims;
    cache.set(row.file, { analysis, claims });
  }
  const { analysis, claims } = cache.get(row.file);
  const inside = (s) => s.start < row.end && row.start < s.end;
  const found = claims.some(inside);
  const flag = analysis.findings.some((f) => f.code === 'unattributed-claim' && inside(f));
  if (found) detected++;
  if (flag) {
    flagged++;
    if (!row.sourced) flaggedRight++;
  }
  if (!row.sourced) {
    unsourced++;
    if (flag) unsourcedFlagged++;
  }
  if (verbose && !found) console.log(`missed ${row.file}:${row.start} (${row.accused})`);
}
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
console.log(`accusations read as such: ${detected}/${rows.length} (recall ${ratio(detected, rows.length)})`);
console.log(
  `unattributed-claim on them: precision ${ratio(flaggedRight, flagged)} (${flaggedRight}/${flagged}), recall ${ratio(unsourcedFlagged, unsourced)} (${unsourcedFlagged}/${unsourced} unsourced)`,
);
