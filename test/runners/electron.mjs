// Runs the extension's mocha suite in the desktop (Electron) VS Code through
// @vscode/test-electron. It needs a VS Code build: either a local one named by
// NEWSLENS_VSCODE_EXECUTABLE, or one downloaded from Microsoft (which needs a
// network that CI and our usual machines do not have; there, use
// `npm run test:vscode`, which runs the same suite in code-server).
//
// Environment (all optional):
//   NEWSLENS_VSCODE_EXECUTABLE  path of a VS Code executable to use (no download)
//   NEWSLENS_VSCODE_VERSION     version to download (default: latest stable)
//   NEWSLENS_EXTENSION_PATH     extension root (default: this repo)
//   NEWSLENS_TESTS_PATH         compiled suite entry (default: <extension>/out/test/suite/index.js)
//   NEWSLENS_WORKSPACE          folder to open (default: <extension>/samples)

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (line) => console.log(`[test:electron] ${line}`);

function fail(message) {
  console.error(`[test:electron] ${message}`);
  process.exit(1);
}

const extensionDevelopmentPath = path.resolve(process.env.NEWSLENS_EXTENSION_PATH || repoRoot);
const extensionTestsPath = path.resolve(process.env.NEWSLENS_TESTS_PATH || path.join(extensionDevelopmentPath, 'out', 'test', 'suite', 'index.js'));
const workspace = path.resolve(process.env.NEWSLENS_WORKSPACE || path.join(extensionDevelopmentPath, 'samples'));
const executable = process.env.NEWSLENS_VSCODE_EXECUTABLE;

if (!fs.existsSync(extensionTestsPath)) {
  fail(`The compiled test suite ${extensionTestsPath} does not exist. Build it first (\`node esbuild.js --tests\`).`);
}
if (executable && !fs.existsSync(executable)) fail(`NEWSLENS_VSCODE_EXECUTABLE=${executable} does not exist.`);

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  fail('@vscode/test-electron is not installed. Run `npm install` in the repository first.');
}
const { downloadAndUnzipVSCode, runTests } = testElectron.default ?? testElectron;

let vscodeExecutablePath = executable;
if (!vscodeExecutablePath) {
  const version = process.env.NEWSLENS_VSCODE_VERSION || 'stable';
  log(`downloading VS Code (${version}) into .vscode-test/ unless it is cached there`);
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(repoRoot, '.vscode-test') });
  } catch (error) {
    fail(
      `\nCould not download VS Code: ${error?.message ?? error}\n` +
        "  This machine cannot reach Microsoft's download servers. Either:\n" +
        '  - run the same suite in code-server, which comes from the npm registry:  npm run test:vscode\n' +
        '  - or point at an installed VS Code:  NEWSLENS_VSCODE_EXECUTABLE=/path/to/code npm run test:electron',
    );
  }
}

// Electron needs a display. On a Linux machine without one, run under a
// virtual X server when xvfb-run is there, instead of crashing at startup.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.NEWSLENS_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    log('no display: running under xvfb-run');
    const result = spawnSync(xvfb, ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, NEWSLENS_UNDER_XVFB: '1' },
    });
    process.exit(result.status ?? 1);
  }
  log('warning: no display and no xvfb-run; VS Code may fail to start (Debian: apt-get install xvfb)');
}

log(`VS Code   ${vscodeExecutablePath}`);
log(`extension ${extensionDevelopmentPath}`);
log(`tests     ${extensionTestsPath}`);
log(`workspace ${workspace}`);
try {
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [
      workspace,
      // Other installed extensions would slow the run down and could interfere.
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
  process.exit(code);
} catch (error) {
  fail(`The tests failed or VS Code could not run them: ${error?.message ?? error}`);
}
