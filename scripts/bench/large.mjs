#!/usr/bin/env node
// One very large file, as an archive dump or a concatenated feed arrives: the whole analysis of N MB of
// articles (the samples repeated) in a fresh process with no size limit, its time and the process's
// peak resident memory. Target (issue 11): 20 MB in at most 4 s with at most 500 MB of memory.
//
// Usage: node esbuild.js && node scripts/bench/large.mjs [--mb 20]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../lib/core.mjs';

const args = process.argv.slice(2);
const mb = args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : 20;

if (args.includes('--child')) {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const core = createRequire(import.meta.url)(join(root, 'out', 'core.js'));
  const body = readdirSync(join(root, 'samples'))
    .map((f) => readFileSync(join(root, 'samples', f), 'utf8'))
    .join('\n\n');
  const text = body.repeat(Math.ceil((mb * 1e6) / body.length)).slice(0, mb * 1e6);
  const index = core.indexKnowledge(core.builtinKnowledge());
  const start = performance.now();
  const analysis = core.analyze(text, index, { maxLength: Infinity });
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${mb} MB in one file: ${(ms / 1000).toFixed(1)} s, ${(mb / (ms / 1000)).toFixed(2)} MB/s, peak memory ${peak.toFixed(0)} MB, ${analysis.findings.length} findings`,
  );
} else {
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', '--mb', String(mb)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
}
