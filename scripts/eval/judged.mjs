#!/usr/bin/env node
// A judged sample of findings on real news: precision per diagnostic code as a reader judges it.
//
//   node scripts/eval/judged.mjs sample CORPUS_DIR OUT.tsv [--per-code 30] [--seed 1]
//   node scripts/eval/judged.mjs score  CORPUS_DIR JUDGED.tsv [--verbose]
//
// `sample` analyses every CORPUS_DIR/text/*.txt and draws a seeded random sample of findings per
// code into a TSV of file name, offsets, code and an empty verdict, for a person to judge: `right`
// when a careful reader agrees that the flag is deserved, `wrong` when not, with a reason in the
// judge's own words. The file holds no corpus text, so it can be kept in the repository.
//
// `score` re-analyses the judged files and reports, per code: how many judged findings the current
// analysis still raises (right and wrong), and so the precision now, next to the precision when the
// sample was judged. A change that drops wrong flags and keeps right ones shows here; new findings
// that the sample never saw are counted apart, since nobody judged them.
import fs from 'node:fs';
import path from 'node:path';
import { loadCore } from '../lib/core.mjs';
import { random } from '../lib/random.mjs';

const [mode, corpus, file, ...rest] = process.argv.slice(2);
if (!['sample', 'score'].includes(mode) || !corpus || !file) {
  console.error('usage: node scripts/eval/judged.mjs sample|score CORPUS_DIR FILE.tsv [--per-code N] [--seed N] [--verbose]');
  process.exit(2);
}
const flag = (name, fallback) => (rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : fallback);
const verbose = rest.includes('--verbose');

const core = await loadCore();
const index = core.indexKnowledge(core.builtinKnowledge());
const textDir = path.join(corpus, 'text');
const HEADER = ['file', 'start', 'end', 'code', 'verdict', 'reason'];

function analyzeFile(name) {
  return core.analyze(fs.readFileSync(path.join(textDir, name), 'utf8'), index);
}

if (mode === 'sample') {
  const perCode = flag('--per-code', 30);
  const next = random(flag('--seed', 1));
  const byCode = new Map();
  for (const name of fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const f of analyzeFile(name).findings) {
      if (!byCode.has(f.code)) byCode.set(f.code, []);
      byCode.get(f.code).push({ file: name, start: f.start, end: f.end, code: f.code });
    }
  }
  const rows = [];
  for (const code of core.RULES.map((r) => r.code)) {
    const all = byCode.get(code) ?? [];
    // Fisher-Yates over the whole list, then the first N: every finding equally likely.
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    rows.push(...all.slice(0, perCode).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start));
    console.log(`${code.padEnd(22)} ${Math.min(perCode, all.length)} of ${all.length}`);
  }
  const lines = [HEADER.join('\t'), ...rows.map((r) => [r.file, r.start, r.end, r.code, '', ''].join('\t'))];
  fs.writeFileSync(file, lines.join('\n') + '\n');
  console.log(`wrote ${rows.length} findings to ${file}`);
} else {
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [name, start, end, code, verdict, reason] = line.split('\t');
      return { file: name, start: Number(start), end: Number(end), code, verdict, reason };
    });
  const analyses = new Map();
  const stats = new Map();
  for (const row of rows) {
    if (!analyses.has(row.file)) analyses.set(row.file, analyzeFile(row.file));
    const findings = analyses.get(row.file).findings;
    const still = findings.some((f) => f.code === row.code && f.start <= row.start && row.start < Math.max(f.end, f.start + 1));
    const s = stats.get(row.code) ?? { right: 0, wrong: 0, keptRight: 0, keptWrong: 0, unjudged: 0 };
    if (row.verdict !== 'right' && row.verdict !== 'wrong') s.unjudged++;
    else {
      s[row.verdict]++;
      if (still) s[row.verdict === 'right' ? 'keptRight' : 'keptWrong']++;
    }
    stats.set(row.code, s);
    if (verbose && still && row.verdict === 'wrong') console.log(`still wrong: ${row.code} ${row.file}:${row.start} (${row.reason})`);
    if (verbose && !still && row.verdict === 'right') console.log(`lost right:  ${row.code} ${row.file}:${row.start} (${row.reason})`);
  }
  const ratio = (a, b) => (b === 0 ? '  -  ' : (a / b).toFixed(2));
  console.log('code                   judged  precision then  still raised (right/wrong)  precision now');
  for (const [code, s] of stats) {
    const kept = s.keptRight + s.keptWrong;
    console.log(
      `${code.padEnd(22)} ${String(s.right + s.wrong).padStart(6)}  ${ratio(s.right, s.right + s.wrong).padStart(14)}  ${`${kept} (${s.keptRight}/${s.keptWrong})`.padStart(26)}  ${ratio(s.keptRight, kept).padStart(13)}${s.unjudged ? `  (${s.unjudged} not judged yet)` : ''}`,
    );
  }
  // New findings in the judged files that the sample never saw, so the reader knows what is unmeasured.
  let fresh = 0;
  for (const [name, analysis] of analyses) {
    fresh += analysis.findings.filter(
      (f) => !rows.some((r) => r.file === name && r.code === f.code && f.start <= r.start && r.start < Math.max(f.end, f.start + 1)),
    ).length;
  }
  console.log(`${fresh} findings in the judged files are outside the sample (not judged)`);
}
