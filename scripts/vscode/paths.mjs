// Where the on-demand VS Code tooling lives, shared by the install and the
// runners. Nothing here writes to the disk.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The git-ignored cache folder for everything this project installs on demand. */
export const cacheDir = path.join(repoRoot, '.vscode-test');
/** Where code-server and playwright-core are installed. */
export const installDir = path.join(cacheDir, 'code-server');

/** code-server's command-line entry point, run with this Node. */
export const entryFile = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The Chromium that the runners drive; Debian's package puts it here. */
export const chromiumPath = process.env.NEWSLENS_CHROMIUM || '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine without internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Finds an executable on PATH, or returns undefined. */
export function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this folder; keep looking.
    }
  }
  return undefined;
}
