#!/usr/bin/env node
// Runs the property tests of test/properties/properties.ts at length: analyze() and the LSP features
// over generated texts (any Unicode, lone surrogates, NUL, CR-only, RTL and zero-width marks,
// combining marks, quote storms, endless capitalised runs). Prints the number of inputs checked and,
// on a failure, the property, the seed and the shrunk input that breaks it.
//
//   npm run fuzz [-- --runs 1000000] [--seed N] [--only analyze|features]
import { createRequire } from 'node:module';
import { loadBundle } from './lib/core.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 1_000_000));
const seed = Number(option('--seed', Date.now() % 2 ** 31));
const only = option('--only', '');

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const properties = await loadBundle('test/properties/properties.ts', 'out/fuzz/properties.js');

let failed = false;
for (const [name, property] of [
  ['analyze', properties.analyzeProperty],
  ['features', properties.featuresProperty],
]) {
  if (only && only !== name) continue;
  const started = performance.now();
  const result = fc.check(property, { numRuns: runs, seed, endOnFailure: false });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${result.numRuns} inputs (${seconds} s), seed ${seed}, path ${result.counterexamplePath}`);
    console.log(`  shrunk input: ${JSON.stringify(result.counterexample)}`);
    console.log(`  error: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  } else {
    console.log(`${name}: ${result.numRuns} inputs, no failure (${seconds} s, seed ${seed})`);
  }
}
process.exit(failed ? 1 : 0);
