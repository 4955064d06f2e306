// The editor tests against the extension as users install it: `--vsix [file]` (or NEWSLENS_VSIX=file)
// makes a runner install the packaged .vsix into the run's fresh extensions folder with code-server's
// --install-extension, instead of loading the repository as an extension under development.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { manifest, vsixPath } from '../package/common.mjs';
import { entryFile } from './paths.mjs';

/** The .vsix a runner was asked to test: `--vsix` alone means the one `npm run package` builds. */
export function vsixOption(argv = process.argv.slice(2)) {
  const at = argv.indexOf('--vsix');
  if (at >= 0) {
    const next = argv[at + 1];
    return path.resolve(next && !next.startsWith('--') ? next : vsixPath);
  }
  return process.env.NEWSLENS_VSIX ? path.resolve(process.env.NEWSLENS_VSIX) : undefined;
}

/**
 * Installs `vsix` into `extensionsDir` with code-server's own installer, as a user's
 * `code-server --install-extension` does, and returns the folder it was unpacked to.
 */
export function installVsix({ vsix, userDataDir, extensionsDir, log = console.log }) {
  if (!fs.existsSync(vsix)) throw new Error(`No package at ${vsix}: run \`npm run package\` first.`);
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const started = Date.now();
  const args = [
    entryFile,
    '--config',
    path.join(userDataDir, 'code-server-config.yaml'),
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--install-extension',
    vsix,
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  const folder = fs.readdirSync(extensionsDir).find((name) => name.toLowerCase().startsWith(`${manifest.publisher}.${manifest.name}-`.toLowerCase()));
  if (!folder) throw new Error(`code-server reported success but ${extensionsDir} holds no ${manifest.publisher}.${manifest.name}`);
  log(`installed ${path.basename(vsix)} into ${path.join(extensionsDir, folder)} (${Date.now() - started} ms)`);
  return path.join(extensionsDir, folder);
}

/**
 * VS Code runs extension tests only beside an extension under development. With the .vsix installed,
 * the suite gets an empty one of its own (no code, another id), so the extension it tests is the
 * installed package.
 */
export function testHostExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const host = {
    name: 'newslens-test-host',
    displayName: 'NewsLens test host',
    publisher: 'newslens',
    version: '0.0.0',
    engines: { vscode: '*' },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(host, null, 2) + '\n');
  return dir;
}
