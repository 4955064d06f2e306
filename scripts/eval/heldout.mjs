// Held-out evaluation: runs the bundled analysis over the .gold files of a held-out set (test/heldout
// by default, or --dir test/heldout2 ...) and scores it.
//
// The articles of a held-out set were written without looking at the analysis code, so these
// numbers estimate how the analysis does on text nobody tuned it on. Do not tune on them:
// once a fix is driven by a miss listed here, the set stops being held out.
//
// Build the bundle first, then run from the repository root:
//   node esbuild.js && node scripts/eval/heldout.mjs [--verbose] [--file NAME] [--dir DIR]
//
// --dir scores the .gold files of another folder the same way (test/gold gives the tuned-set
// numbers to compare with).
//
// Scores:
//   entities     exact span and id; precision, recall and F1 per kind (kind = id prefix). The span
//                columns ignore the id (a predicted mention counts for the kind of its own id), so
//                recognition misses can be told from ID disagreements such as slug conventions
//   diagnostics  a finding matches a gold marker of the same code when the marker offset lies in
//                [start, end] of the finding; each marker and each finding match at most once
//   speakers     for each gold speaker marker, the predicted quote that opens at that offset: its
//                speaker id must equal the gold id (null for "none"); no quote there is a miss

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES, KINDS, parseGold } from './gold.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const core = require(join(here, '..', '..', 'out', 'core.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyFile = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const dir = args.includes('--dir') ? resolve(args[args.indexOf('--dir') + 1]) : join(here, '..', '..', 'test', 'heldout');

/** The gold kind of an id: the part before the first colon. */
const kindOf = (id) => id.slice(0, id.indexOf(':'));

/** A short, one-line view of the text around [start, end). */
function context(text, start, end = start) {
  const before = text.slice(Math.max(0, start - 35), start);
  const inside = text.slice(start, end);
  const after = text.slice(end, end + 35);
  return `${before}[${inside}]${after}`.replace(/\s+/g, ' ');
}

const ratio = (a, b) => (b === 0 ? NaN : a / b);
const pct = (x) => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const f1 = (p, r) => (Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? NaN : (2 * p * r) / (p + r));

const index = core.indexKnowledge(core.builtinKnowledge());
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.gold'))
  .filter((f) => !onlyFile || f.startsWith(onlyFile))
  .sort();

const ent = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, spanTp: 0, spanHit: 0 }]));
const diag = Object.fromEntries(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const spk = { person: { ok: 0, n: 0 }, org: { ok: 0, n: 0 }, none: { ok: 0, n: 0 }, noQuote: 0 };
const errors = [];

for (const name of files) {
  const gold = parseGold(readFileSync(join(dir, name), 'utf8'));
  if (gold.errors.length) throw new Error(`${name}: ${gold.errors.join('; ')}`);
  const { text } = gold;
  const analysis = core.analyze(text, index, { markdown: core.isMarkdownFile(name.replace(/\.gold$/, '')) });
  const note = (kind, message) => errors.push({ file: name, kind, message });

  // Entities: exact span and id.
  const key = (e) => `${e.start}:${e.end}:${e.id}`;
  const goldKeys = new Set(gold.entities.map(key));
  const predicted = analysis.entities.filter((e) => KINDS.includes(kindOf(e.id)));
  const predKeys = new Set(predicted.map(key));
  const spanKey = (e) => `${e.start}:${e.end}`;
  const goldSpans = new Set(gold.entities.map(spanKey));
  const predSpans = new Set(predicted.map(spanKey));
  for (const e of predicted) if (goldSpans.has(spanKey(e))) ent[kindOf(e.id)].spanTp++;
  for (const g of gold.entities) if (predSpans.has(spanKey(g))) ent[kindOf(g.id)].spanHit++;
  for (const e of predicted) {
    const k = kindOf(e.id);
    if (goldKeys.has(key(e))) ent[k].tp++;
    else {
      ent[k].fp++;
      const sameSpan = gold.entities.find((g) => g.start === e.start && g.end === e.end);
      note('entity-fp', `${e.id}${sameSpan ? ` (gold ${sameSpan.id})` : ''}: ${context(text, e.start, e.end)}`);
    }
  }
  for (const g of gold.entities) {
    if (predKeys.has(key(g))) continue;
    ent[kindOf(g.id)].fn++;
    const sameSpan = predicted.find((e) => e.start === g.start && e.end === g.end);
    if (!sameSpan) note('entity-fn', `${g.id}: ${context(text, g.start, g.end)}`);
  }

  // Diagnostics: one-to-one, a marker inside the finding's [start, end].
  const findings = analysis.findings.filter((f) => CODES.includes(f.code));
  const usedGold = new Set();
  for (const f of findings) {
    const match = gold.diagnostics.findIndex((d, i) => !usedGold.has(i) && d.code === f.code && d.offset >= f.start && d.offset <= f.end);
    if (match >= 0) {
      usedGold.add(match);
      diag[f.code].tp++;
    } else {
      diag[f.code].fp++;
      note(`diag-fp ${f.code}`, context(text, f.start, f.end));
    }
  }
  gold.diagnostics.forEach((d, i) => {
    if (usedGold.has(i)) return;
    diag[d.code].fn++;
    note(`diag-fn ${d.code}`, context(text, d.offset));
  });

  // Speakers: the predicted quote that opens where the gold marker stands.
  for (const s of gold.speakers) {
    const bucket = s.id === 'none' ? 'none' : kindOf(s.id);
    spk[bucket].n++;
    const quote = analysis.quotes.find((q) => q.start === s.offset);
    if (!quote) {
      spk.noQuote++;
      note('speaker (no quote)', `gold ${s.id}: ${context(text, s.offset, s.offset + 40)}`);
      continue;
    }
    // An anonymous source ("a senior official said") is a speaker with no id: gold "none".
    const got = quote.speaker?.id || null;
    if (got === (s.id === 'none' ? null : s.id)) spk[bucket].ok++;
    else note('speaker', `gold ${s.id}, got ${got}: ${context(text, s.offset, s.offset + 40)}`);
  }
}

const line = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
console.log(`evaluation: ${files.length} articles in ${dir}\n`);

const ew = [10, 5, 5, 5, 7, 7, 7, 8, 8];
console.log(line(['entities', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'span P', 'span R'], ew));
const total = { tp: 0, fp: 0, fn: 0, spanTp: 0, spanHit: 0 };
const row = (label, { tp, fp, fn, spanTp, spanHit }) => {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return line([label, tp, fp, fn, pct(p), pct(r), pct(f1(p, r)), pct(ratio(spanTp, tp + fp)), pct(ratio(spanHit, tp + fn))], ew);
};
for (const k of KINDS) {
  for (const f of Object.keys(total)) total[f] += ent[k][f];
  console.log(row(k, ent[k]));
}
console.log(row('all', total));

console.log('');
const dw = [20, 5, 5, 5, 7, 7];
console.log(line(['diagnostics', 'tp', 'fp', 'fn', 'P', 'R'], dw));
for (const c of CODES) {
  const { tp, fp, fn } = diag[c];
  console.log(line([c, tp, fp, fn, pct(ratio(tp, tp + fp)), pct(ratio(tp, tp + fn))], dw));
}

console.log('');
const sw = [10, 5, 5, 7];
console.log(line(['speakers', 'ok', 'n', 'acc'], sw));
let ok = 0;
let n = 0;
for (const b of ['person', 'org', 'none']) {
  ok += spk[b].ok;
  n += spk[b].n;
  console.log(line([b, spk[b].ok, spk[b].n, pct(ratio(spk[b].ok, spk[b].n))], sw));
}
console.log(line(['all', ok, n, pct(ratio(ok, n))], sw));
console.log(`(${spk.noQuote} gold quotes had no predicted quote opening at the marker)`);

if (verbose) {
  console.log('');
  for (const e of errors) console.log(`${e.file}  ${e.kind}  ${e.message}`);
} else {
  console.log(`\n${errors.length} errors; run with --verbose to list them`);
}
