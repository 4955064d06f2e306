// Builds the analysis core (server/src/core.ts) into out/core.js and loads it, for the evaluation
// and benchmark scripts. One entry and one build for all of them, so they measure the same code the
// server and the CLI run.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The core's exports: analyze, every stage, RULES, indexKnowledge and builtinKnowledge. */
export function loadCore() {
  return loadBundle('server/src/core.ts', 'out/core.js');
}

/** Bundles the TypeScript module `entry` (relative to the root) into `out`, as the core is built, and loads it. */
export async function loadBundle(entry, out) {
  const outfile = join(root, out);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true }, // as esbuild.js: regular expressions stay literals
    outfile,
    logLevel: 'warning',
    loader: { '.txt': 'text' },
  });
  return createRequire(import.meta.url)(outfile);
}
