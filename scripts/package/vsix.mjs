// Builds the extension's .vsix as users install it (`npm run package`): vsce runs the production build
// (`vscode:prepublish`: minified bundles, source maps left beside them), packs the allowlist in
// .vscodeignore and rewrites the README's relative links and images to the repository's URLs so they
// work on the marketplace. Then prints the package's files and size, and fails when a file is
// missing or unexpected, or the package is over its size budget.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import yauzl from 'yauzl';
import { compareContents, distDir, failOn, kb, printFiles, repoRoot, vsixPath } from './common.mjs';

/** The size budget of the packaged extension. */
export const BUDGET_BYTES = 600 * 1024;

/** Everything the .vsix holds: the bundles, the grammar, the entities schema, the icon and the texts. */
const EXPECTED = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/NOTICE',
  'extension/images/icon.png',
  'extension/client/out/extension.js',
  'extension/server/out/server.js',
  'extension/server/data/entities.schema.json',
  'extension/syntaxes/article.tmLanguage.json',
  'extension/syntaxes/language-configuration.json',
];

/** The entries of a zip file: name, uncompressed size and compressed size. */
function zipEntries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = [];
      zip.on('entry', (entry) => {
        if (!entry.fileName.endsWith('/')) entries.push({ name: entry.fileName, size: entry.uncompressedSize, packed: entry.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Builds the .vsix with vsce and returns its path. */
export function buildVsix() {
  fs.mkdirSync(distDir, { recursive: true });
  fs.rmSync(vsixPath, { force: true });
  const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
  // The bundles hold every dependency, so vsce need not ask npm for them; links resolve against the
  // main branch of the repository named in package.json.
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--githubBranch', 'main', '--out', vsixPath], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return vsixPath;
}

/** Prints the package's files and size; the problems with it, if any. */
export async function checkVsix(file = vsixPath) {
  const entries = await zipEntries(file);
  const size = fs.statSync(file).size;
  console.log(`\n${path.relative(repoRoot, file)}: ${kb(size)} packaged (budget ${kb(BUDGET_BYTES)}), ${entries.length} files:`);
  printFiles(entries);
  const problems = [];
  if (size > BUDGET_BYTES) problems.push(`the package is ${kb(size)}, over its budget of ${kb(BUDGET_BYTES)}`);
  const { unexpected, missing } = compareContents(
    entries.map((entry) => entry.name),
    EXPECTED,
  );
  for (const name of unexpected) problems.push(`unexpected file in the package: ${name} (update .vscodeignore or EXPECTED in this script)`);
  for (const name of missing) problems.push(`missing from the package: ${name}`);
  const readme = await readEntry(file, 'extension/readme.md');
  // The marketplace shows the README without the repository around it: a relative link would break.
  for (const [, target] of readme.matchAll(/\]\((?!https:|#|mailto:)([^)\s]+)/g)) problems.push(`README link is not absolute: ${target}`);
  return problems;
}

/** The text of one entry of the zip. */
function readEntry(file, name) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => (zip.close(), resolve(Buffer.concat(chunks).toString('utf8'))));
        });
      });
      zip.on('end', () => resolve(''));
      zip.readEntry();
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildVsix();
  failOn(await checkVsix(), 'package');
  console.log(`\nInstall it with: code --install-extension ${path.relative(repoRoot, vsixPath)}`);
}
