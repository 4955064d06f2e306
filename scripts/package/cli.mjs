// The command line as its own npm package (`newslens`), generated in dist/cli and packed to
// dist/newslens-<version>.tgz: the minified CLI bundle (the analysis core and its data inside), a
// package.json with no dependencies, a README made of the main README's "Command line" section, the
// licence and the NOTICE for the bundled data. The repository's package.json stays private: it is the
// extension's manifest and the development workspace, and installing it would pull the editor's
// libraries and the build tools.
//
//   node scripts/package/cli.mjs            build, pack, print and check the tarball's files
//   node scripts/package/cli.mjs --smoke    also run `npx newslens` from the tarball in an empty folder
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { compareContents, distDir, failOn, kb, manifest, printFiles, repoRoot } from './common.mjs';

const packageDir = path.join(distDir, 'cli');
const EXPECTED = ['package.json', 'cli.js', 'README.md', 'LICENSE', 'NOTICE'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The published package's manifest: the extension's name, version and links, a bin and nothing to install. */
function cliManifest() {
  const { name, version, license, repository, homepage, bugs, keywords } = manifest;
  return {
    name,
    version,
    description: 'Who is who and who said what in a news article, from the command line: threat actors, countries, people, quotes and attribution gaps.',
    license,
    repository,
    homepage,
    bugs,
    keywords: [...keywords.filter((keyword) => keyword !== 'language server'), 'cli'],
    bin: { newslens: 'cli.js' },
    files: ['cli.js', 'NOTICE'],
    engines: { node: manifest.engines.node },
  };
}

/** The package's README: how to install and run it, then the main README's section on the command line. */
function cliReadme() {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = /^## Command line\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Command line" section to copy');
  return [
    '# newslens',
    '',
    `${cliManifest().description} The command line of the NewsLens VS Code extension (${manifest.homepage}).`,
    '',
    '```sh',
    'npm install --global newslens   # or run it once with npx',
    'newslens --version',
    'newslens check article.txt',
    '```',
    '',
    section.trim(),
    '',
    'MIT licence; the bundled knowledge carries data from MITRE ATT&CK®, the MISP galaxy and Microsoft, see NOTICE.',
    '',
  ].join('\n');
}

/** Module names the bundle requires that Node does not provide: dependencies left out of the bundle. */
function foreignRequires(bundle) {
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const names = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  return [...new Set(names)].filter((name) => !builtins.has(name));
}

/** Builds dist/cli and packs it; returns the tarball's path and the files npm put in it. */
export function packCli() {
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: repoRoot, stdio: 'inherit' });
  fs.rmSync(packageDir, { recursive: true, force: true });
  fs.mkdirSync(packageDir, { recursive: true });
  fs.writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify(cliManifest(), null, 2) + '\n');
  fs.writeFileSync(path.join(packageDir, 'README.md'), cliReadme());
  fs.copyFileSync(path.join(repoRoot, 'server', 'out', 'cli.js'), path.join(packageDir, 'cli.js'));
  fs.chmodSync(path.join(packageDir, 'cli.js'), 0o755);
  for (const file of ['LICENSE', 'NOTICE']) fs.copyFileSync(path.join(repoRoot, file), path.join(packageDir, file));
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', distDir], { cwd: packageDir, encoding: 'utf8' });
  const [packed] = JSON.parse(out);
  return { tarball: path.join(distDir, packed.filename), files: packed.files.map((file) => ({ name: file.path, size: file.size })) };
}

/** Prints the tarball's files and size; the problems with it, if any. */
export function checkCli({ tarball, files }) {
  console.log(`\n${path.relative(repoRoot, tarball)}: ${kb(fs.statSync(tarball).size)} packed, ${files.length} files:`);
  printFiles(files);
  const problems = [];
  const { unexpected, missing } = compareContents(
    files.map((file) => file.name),
    EXPECTED,
  );
  for (const name of unexpected) problems.push(`unexpected file in the CLI package: ${name}`);
  for (const name of missing) problems.push(`missing from the CLI package: ${name}`);
  const bundle = fs.readFileSync(path.join(packageDir, 'cli.js'), 'utf8');
  for (const name of foreignRequires(bundle)) problems.push(`the CLI bundle requires ${name}, which the package does not install`);
  if (!bundle.startsWith('#!/usr/bin/env node')) problems.push('cli.js does not start with #!/usr/bin/env node');
  return problems;
}

/** Runs the packed CLI through npx in an empty folder, as a user would: --version and a check of an article. */
export function smokeTest(tarball) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-npx-'));
  // npx keeps what it installed by the package's path: a cache of its own so this tarball is the one run.
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-npx-cache-'));
  // An article of our own with one quote nobody is credited with.
  fs.writeFileSync(path.join(folder, 'story.txt'), 'Pump station offline\n\n"We have never seen anything like this in twenty years."\n');
  const npx = (...args) =>
    spawnSync(npm, ['exec', '--yes', `--package=${tarball}`, '--', 'newslens', ...args], {
      cwd: folder,
      encoding: 'utf8',
      // Only the tarball is installed (it has no dependencies): no registry needed.
      env: {
        ...process.env,
        npm_config_cache: cache,
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      },
    });
  const problems = [];
  const version = npx('--version');
  if (version.stdout.trim() !== manifest.version)
    problems.push(`npx newslens --version printed ${JSON.stringify(version.stdout.trim())} (${version.stderr.trim()})`);
  const check = npx('check', 'story.txt');
  if (check.status !== 0 || !/^story\.txt:3:1: warning unattributed-quote: /m.test(check.stdout)) {
    problems.push(`npx newslens check story.txt: exit ${check.status}\n${check.stdout}${check.stderr}`);
  }
  console.log(`\nnpx newslens from the tarball in an empty folder (${folder}):`);
  console.log(`  --version: ${version.stdout.trim()}`);
  console.log(`  check story.txt (exit ${check.status}): ${check.stdout.trim().split('\n')[0]}`);
  fs.rmSync(cache, { recursive: true, force: true });
  if (!problems.length) fs.rmSync(folder, { recursive: true, force: true });
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packed = packCli();
  failOn(checkCli(packed), 'package:cli');
  if (process.argv.includes('--smoke')) failOn(smokeTest(packed.tarball), 'package:cli');
  console.log(`\nPublish it with: npm publish ${path.relative(repoRoot, packed.tarball)}`);
}
