#!/usr/bin/env node
// Entity-recognition quality: precision, recall and F1 per kind over the gold files
// (test/gold/*.gold, inline ⟦surface|id⟧ markup) and the extra snippets below. A mention counts as
// correct when its span and id both match a gold mention exactly. Runs on a bundle of the analysis
// core that this script builds with esbuild into out/eval/.
//
//   node scripts/eval/entities.mjs [--verbose] [--kind actor|country|person|org]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, parseGold } from './gold.mjs';
import { loadCore, root } from '../lib/core.mjs';

const verbose = process.argv.includes('--verbose');
const onlyKind = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1] : undefined;

/**
 * Extra snippets beyond the samples, in gold markup: hard cases and negatives (text with nothing to
 * find counts every mention as a false positive).
 */
const SNIPPETS = [
  'The lead investigator said the Lead poisoning case was closed, and she won a gold medal in her Ford Mustang.',
  "⟦Microsoft|org:microsoft⟧ said ⟦Nobelium|actor:G0016⟧'s operators also used the name ⟦Midnight Blizzard|actor:G0016⟧.",
  'The report was published in Chinese and English, and the Russian-language version was pulled. Officials who speak Russian were asked.',
  '⟦Kremlin|country:RU⟧-backed hackers known as ⟦Sandworm|actor:G0034⟧ hit ⟦Ukraine|country:UA⟧, while ⟦Iran|country:IR⟧-linked ⟦APT33|actor:G0064⟧ probed ⟦U.S.|country:US⟧ utilities.',
  'A ⟦Washington Post|org:washington-post⟧ report and a New Jersey official mentioned Georgia Tech.',
  '"We see them every day," said ⟦Tom Burt|person:tom-burt⟧, ⟦Microsoft|org:microsoft⟧\'s corporate vice president for customer security and trust. ⟦Burt|person:tom-burt⟧ added that Mr. ⟦Burt|person:tom-burt⟧\'s team was busy.',
  '⟦Zinc|actor:G0032⟧, the hacking group also called ⟦Lazarus|actor:G0032⟧, returned. Zinc prices rose on Monday.',
  '⟦STRONTIUM|actor:G0007⟧ and ⟦Strontium|actor:G0007⟧ are the same as ⟦Fancy Bear|actor:G0007⟧, ⟦Sofacy|actor:G0007⟧ and ⟦TA422|actor:G0007⟧.',
  'Researchers at ⟦Mandiant|org:mandiant⟧ tie ⟦Storm-0558|actor:storm-0558⟧ to ⟦Beijing|country:CN⟧; ⟦Volt Typhoon|actor:G1017⟧ is also ⟦Chinese|country:CN⟧.',
  'In March, President ⟦Joe Biden|person:joe-biden⟧ met ⟦British|country:GB⟧ Prime Minister ⟦Keir Starmer|person:keir-starmer⟧ on Monday.',
];

function evaluate(core, index, cases) {
  const stats = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  for (const { name, gold } of cases) {
    const parsed = parseGold(gold);
    // A Markdown sample is read as analyze() reads it: its prose only, offsets unchanged.
    const text = core.isMarkdownFile(name.replace(/\.gold$/, '')) ? core.maskMarkdown(parsed.text) : parsed.text;
    const { entities } = core.findEntities(text, core.structure(text), index);
    const kindOf = (id) => (id.startsWith('org:') ? 'org' : id.split(':')[0]);
    const key = (e) => `${e.start}:${e.end}:${e.id}`;
    const expected = new Map(parsed.entities.map((e) => [key(e), e]));
    const actual = new Map(entities.map((e) => [key(e), e]));
    for (const [k, e] of actual) {
      const kind = kindOf(e.id);
      if (!stats[kind]) continue;
      if (expected.has(k)) stats[kind].tp++;
      else {
        stats[kind].fp++;
        misses.push(`${name}: FP ${kind} "${e.text}" -> ${e.id}`);
      }
    }
    for (const [k, e] of expected) {
      if (actual.has(k)) continue;
      const kind = kindOf(e.id);
      stats[kind].fn++;
      misses.push(`${name}: FN ${kind} "${e.text}" -> ${e.id}`);
    }
  }
  return { stats, misses };
}

async function main() {
  const core = await loadCore();
  const index = core.indexKnowledge(core.builtinKnowledge());
  const goldDir = join(root, 'test/gold');
  const cases = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold'))
    .sort()
    .map((f) => ({ name: f, gold: readFileSync(join(goldDir, f), 'utf8') }));
  SNIPPETS.forEach((gold, i) => cases.push({ name: `snippet ${i + 1}`, gold }));
  const { stats, misses } = evaluate(core, index, cases);
  console.log(`entity evaluation over ${cases.length} texts (exact span and id)`);
  for (const kind of KINDS) {
    const { tp, fp, fn } = stats[kind];
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${kind.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  }
  if (verbose) for (const line of misses.filter((m) => !onlyKind || m.includes(` ${onlyKind} `))) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
