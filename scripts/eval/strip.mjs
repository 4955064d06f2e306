// Held-out evaluation sets: writes the stripped article next to each gold file and checks both.
//
// Every DIR/NAME.EXT.gold is an article with the inline markup of test/gold (see
// test/gold/README.md). Stripping the markup gives DIR/NAME.EXT, byte for byte.
//
// Usage:
//   node scripts/eval/strip.mjs [--dir DIR]           write the stripped files, then check every gold file
//   node scripts/eval/strip.mjs [--dir DIR] --check   check only (fails when a stripped file is stale)
// DIR defaults to test/heldout; the second blind set is test/heldout2.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES, KINDS, firstDifference, parseGold, summarizeGold } from './gold.mjs';

const dirFlag = process.argv.indexOf('--dir');
const here = dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'heldout');
const checkOnly = process.argv.includes('--check');

let passed = 0;
let failed = 0;
const totals = { entities: {}, codes: {}, speakers: 0 };
for (const name of readdirSync(here)
  .filter((f) => f.endsWith('.gold'))
  .sort()) {
  const g = parseGold(readFileSync(join(here, name), 'utf8'));
  const problems = [...g.errors];
  const target = join(here, name.slice(0, -'.gold'.length));
  if (!checkOnly && g.errors.length === 0) writeFileSync(target, g.text);
  if (!existsSync(target)) {
    problems.push(`missing stripped file ${target}`);
  } else {
    const diff = firstDifference(g.text, readFileSync(target, 'utf8'));
    if (diff >= 0) problems.push(`stripped file differs from the gold at offset ${diff}`);
  }
  // Markup characters must never survive into the article itself.
  if (/[\u27E6\u27E7\u27EA\u27EB]/.test(g.text)) problems.push('markup characters left in the stripped text');
  const { words, summary } = summarizeGold(g, totals);
  if (words < 300 || words > 700) problems.push(`${words} words (want 300-700)`);
  totals.speakers += g.speakers.length;
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}: ${summary}`);
    for (const p of problems) console.log(`  - ${p}`);
  } else {
    passed++;
    console.log(`ok   ${name}: ${summary}`);
  }
}
console.log('');
console.log(`entities: ${KINDS.map((k) => `${k} ${totals.entities[k] ?? 0}`).join(', ')}`);
console.log(`diagnostics: ${CODES.map((c) => `${c} ${totals.codes[c] ?? 0}`).join(', ')}`);
console.log(`speaker markers: ${totals.speakers}`);
console.log(`heldout: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
