#!/usr/bin/env node
// Proves that a change leaves analyze() output as it was, or shows exactly what it changed.
//
//   node scripts/snapshot.mjs save  SNAPSHOT.json [DIR|FILE ...]   record the output
//   node scripts/snapshot.mjs check SNAPSHOT.json                  compare against it; exit 1 on change
//
// With no DIR, it reads samples/ and test/heldout*/; add a corpus folder (../shared/polnear/dev/text)
// to cover real news. The snapshot holds one hash per file plus, for the first files that differ, a
// summary of what changed, so it never holds article text; keep snapshots of corpora outside the
// repository all the same. `check` re-reads the files the snapshot lists.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './lib/core.mjs';

const [mode, snapshotFile, ...inputs] = process.argv.slice(2);
if (!['save', 'check'].includes(mode) || !snapshotFile) {
  console.error('usage: node scripts/snapshot.mjs save|check SNAPSHOT.json [DIR|FILE ...]');
  process.exit(2);
}

const core = await loadCore();
const index = core.indexKnowledge(core.builtinKnowledge());
const ARTICLE = /\.(txt|md|article|news)$/;

/** Every article file under the inputs, sorted, as paths relative to the repository when inside it. */
function articleFiles(list) {
  const defaults = [
    'samples',
    ...fs
      .readdirSync(path.join(root, 'test'))
      .filter((d) => d.startsWith('heldout'))
      .map((d) => `test/${d}`),
  ];
  const out = [];
  for (const input of list.length ? list : defaults) {
    const full = path.resolve(root, input);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) if (ARTICLE.test(name) && name !== 'README.md') out.push(path.join(full, name));
    } else out.push(full);
  }
  return out.map((f) => path.relative(root, f));
}

/** The analysis of one file as canonical JSON, and the pieces a change summary compares. */
function analyzeFile(file) {
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  const a = core.analyze(text, index, { markdown: core.isMarkdownFile(file) });
  const json = JSON.stringify(a);
  const part = (x) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
  return {
    hash: createHash('sha256').update(json).digest('hex'),
    parts: {
      structure: part(a.structure),
      entities: part(a.entities),
      quotes: part(a.quotes),
      people: part(a.people),
      findings: part(a.findings),
      problems: part(a.problems),
    },
    counts: {
      entities: a.entities.length,
      quotes: a.quotes.length,
      speakers: a.quotes.filter((q) => q.speaker?.id).length,
      people: a.people.length,
      findings: a.findings.length,
    },
  };
}

if (mode === 'save') {
  const files = articleFiles(inputs);
  const snapshot = {};
  for (const file of files) snapshot[file] = analyzeFile(file);
  fs.writeFileSync(snapshotFile, JSON.stringify(snapshot, null, 1));
  console.log(`saved ${files.length} analyses to ${snapshotFile}`);
} else {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
  let changed = 0;
  for (const [file, before] of Object.entries(snapshot)) {
    const now = analyzeFile(file);
    if (now.hash === before.hash) continue;
    changed++;
    const parts = Object.keys(now.parts).filter((k) => now.parts[k] !== before.parts[k]);
    const counts = Object.keys(now.counts)
      .filter((k) => now.counts[k] !== before.counts[k])
      .map((k) => `${k} ${before.counts[k]} -> ${now.counts[k]}`);
    console.log(`changed ${file}: ${parts.join(', ')}${counts.length ? ` (${counts.join(', ')})` : ''}`);
  }
  const total = Object.keys(snapshot).length;
  console.log(changed ? `${changed} of ${total} analyses changed` : `all ${total} analyses identical`);
  process.exit(changed ? 1 : 0);
}
