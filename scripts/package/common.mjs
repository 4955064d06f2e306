// What the packaging scripts share: where the packages go and how their contents are printed.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../vscode/paths.mjs';

export { repoRoot };

/** The extension's manifest: its version is the version of the extension, the server and the CLI. */
export const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** The git-ignored folder the packages are written to. */
export const distDir = path.join(repoRoot, 'dist');

/** The .vsix that `npm run package` builds and the `:vsix` editor tests install. */
export const vsixPath = path.join(distDir, `${manifest.name}-${manifest.version}.vsix`);

/** 123456 -> "120.6 KB". */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints one line per file (its size, packed size when known, then its name), largest first. */
export function printFiles(files) {
  const packed = files.some((file) => file.packed !== undefined);
  console.log(`  ${'size'.padStart(10)}${packed ? '  ' + 'packed'.padStart(10) : ''}  file`);
  for (const file of [...files].sort((a, b) => (b.packed ?? b.size) - (a.packed ?? a.size))) {
    console.log(`  ${kb(file.size).padStart(10)}${packed ? '  ' + kb(file.packed).padStart(10) : ''}  ${file.name}`);
  }
}

/**
 * The names in `actual` that no pattern of `allowed` matches, and the patterns nothing matched:
 * a package holds exactly what it should. Patterns are exact names or RegExps.
 */
export function compareContents(actual, allowed) {
  const matches = (pattern, name) => (pattern instanceof RegExp ? pattern.test(name) : pattern === name);
  const unexpected = actual.filter((name) => !allowed.some((pattern) => matches(pattern, name)));
  const missing = allowed.filter((pattern) => !actual.some((name) => matches(pattern, name))).map(String);
  return { unexpected, missing };
}

/** Prints `problems` and exits with 1 when there are any. */
export function failOn(problems, what) {
  if (!problems.length) return;
  for (const problem of problems) console.error(`[${what}] ${problem}`);
  process.exit(1);
}
