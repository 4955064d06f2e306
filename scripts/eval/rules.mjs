#!/usr/bin/env node
// Diagnostic quality: precision and recall per rule code over the gold files (test/gold/*.gold, inline
// ⟪code⟫ markers) and, separately, over the tuning snippets in scripts/eval/rule-snippets.mjs. A predicted
// finding matches a gold marker of the same code when the marker's offset lies in [start, end]; each
// marker and each finding is matched at most once. Runs `analyze()` from a bundle of the analysis core
// that this script builds with esbuild into out/eval/.
//
//   node scripts/eval/rules.mjs [--verbose] [--code CODE] [--oracle]
//
// --oracle replaces the entity stage's mentions with the gold mentions, to tell rule errors from
// entity-recognition errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, parseGold } from './gold.mjs';
import { loadCore, root } from '../lib/core.mjs';
import { SNIPPETS } from './rule-snippets.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const oracle = args.includes('--oracle');
const onlyCode = args.includes('--code') ? args[args.indexOf('--code') + 1] : undefined;

/** The gold mentions as the entity stage would report them. */
function goldMentions(goldEntities, knowledge) {
  const actors = new Map(knowledge.actors.map((a) => [a.id, a]));
  const countries = new Map(knowledge.countries.map((c) => [`country:${c.code}`, c]));
  const kindOf = (id) => (id.startsWith('org:') ? 'organization' : id.split(':')[0]);
  return goldEntities.map((e) => {
    const country = countries.get(e.id);
    const form = country ? (country.demonyms.includes(e.text) ? 'demonym' : country.metonyms.includes(e.text) ? 'metonym' : 'name') : undefined;
    const name = actors.get(e.id)?.name ?? country?.name ?? e.text;
    return { start: e.start, end: e.end, text: e.text, id: e.id, kind: kindOf(e.id), name, ...(form ? { form } : {}) };
  });
}

/** Evaluates a list of `{ name, gold }` cases; returns per-code counts and the misses. */
function evaluate(core, index, knowledge, cases) {
  const stats = Object.fromEntries(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  for (const { name, gold } of cases) {
    const parsed = parseGold(gold);
    const { text } = parsed;
    const analysis = oracle
      ? analyzeWithEntities(core, text, index, goldMentions(parsed.entities, knowledge))
      : core.analyze(text, index, { markdown: core.isMarkdownFile(name.replace(/\.gold$/, '')) });
    const expected = parsed.diagnostics.map((d) => ({ ...d, matched: false }));
    const line = (offset) => text.slice(Math.max(0, offset - 30), offset + 50).replace(/\s+/g, ' ');
    for (const f of analysis.findings) {
      if (!stats[f.code]) continue;
      const hit = expected.find((d) => !d.matched && d.code === f.code && d.offset >= f.start && d.offset <= f.end);
      if (hit) {
        hit.matched = true;
        stats[f.code].tp++;
      } else {
        stats[f.code].fp++;
        misses.push({
          code: f.code,
          line: `${name}: FP ${f.code} [${f.start}] "${text.slice(f.start, Math.min(f.end, f.start + 80)).replace(/\s+/g, ' ')}" — ${f.message}`,
        });
      }
    }
    for (const d of expected.filter((x) => !x.matched && stats[x.code])) {
      stats[d.code].fn++;
      misses.push({ code: d.code, line: `${name}: FN ${d.code} [${d.offset}] "…${line(d.offset)}…"` });
    }
    for (const p of analysis.problems) misses.push({ code: '', line: `${name}: problem: ${p}` });
  }
  return { stats, misses };
}

function print(title, { stats, misses }) {
  console.log(title);
  for (const code of CODES) {
    if (onlyCode && code !== onlyCode) continue;
    const { tp, fp, fn } = stats[code];
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    console.log(`  ${code.padEnd(21)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  }
  if (verbose) for (const m of misses.filter((x) => !onlyCode || x.code === onlyCode || !x.code)) console.log(`    ${m.line}`);
}

async function main() {
  const core = await loadCore();
  const knowledge = core.builtinKnowledge();
  const index = core.indexKnowledge(knowledge);
  const goldDir = join(root, 'test/gold');
  const samples = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold'))
    .sort()
    .map((f) => ({ name: f.replace(/\.gold$/, ''), gold: readFileSync(join(goldDir, f), 'utf8') }));
  const snippets = SNIPPETS.map((gold, i) => ({ name: `snippet ${i + 1}`, gold }));
  print(`rule evaluation: ${samples.length} samples${oracle ? ' (gold entities)' : ''}`, evaluate(core, index, knowledge, samples));
  print(`rule evaluation: ${snippets.length} tuning snippets${oracle ? ' (gold entities)' : ''}`, evaluate(core, index, knowledge, snippets));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/** The oracle: the pipeline of analyze(), with the gold mentions in place of the entity stage's. */
function analyzeWithEntities(core, text, index, entities) {
  const structure = core.structure(text);
  const { people } = core.findEntities(text, structure, index);
  const found = core.findQuotes(text, structure);
  const quotes = core.attributeSpeakers(text, structure, found.quotes, entities, people);
  const claims = core.findClaims(text, structure, entities, quotes, found.unbalanced);
  const context = { text, structure, entities, quotes, people, unbalanced: found.unbalanced, index, claims };
  const findings = core.RULES.flatMap((rule) => rule.check(context).map((raw) => ({ ...raw, code: rule.code })));
  return { findings, problems: [] };
}
