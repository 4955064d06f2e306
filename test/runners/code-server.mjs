// Runs the extension's mocha suite inside a real VS Code without internet:
// code-server (VS Code's server and web workbench from the npm registry)
// driven by headless Debian Chromium through playwright-core. The suite runs
// in the remote (Node) extension host, where `require('vscode')` works and the
// language server starts as a child process, as in the desktop editor.
//
// Environment (all optional):
//   NEWSLENS_EXTENSION_PATH  extension root (default: this repo)
//   NEWSLENS_TESTS_PATH      compiled suite entry with run() (default: <extension>/out/test/suite/index.js)
//   NEWSLENS_WORKSPACE       folder to open (default: <extension>/samples)
//   NEWSLENS_TEST_TIMEOUT    overall limit in seconds (default: 600)
//   NEWSLENS_VERBOSE=1       also print the browser console and code-server's output
//   NEWSLENS_KEEP=1          keep the run's user-data folder even when the run passes
//   NEWSLENS_VSIX            a .vsix to install and test instead of the extension folder (or --vsix [file];
//                            --vsix alone takes the package `npm run package` builds)

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import {
  cacheDir,
  chromiumArgs,
  chromiumPath,
  ensureCodeServer,
  freePort,
  loadPlaywright,
  remoteUri,
  repoRoot,
  startCodeServer,
  workbenchUrl,
} from '../../scripts/vscode/code-server.mjs';
import { installVsix, testHostExtension, vsixOption } from '../../scripts/vscode/vsix.mjs';

// Ctrl+C ends the run through process.exit, which also ends code-server.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const log = (line) => console.log(`[test:vscode] ${line}`);
const verbose = process.env.NEWSLENS_VERBOSE === '1';

function fail(message) {
  console.error(`[test:vscode] ${message}`);
  process.exit(1);
}

const extensionPath = path.resolve(process.env.NEWSLENS_EXTENSION_PATH || repoRoot);
const testsPath = path.resolve(process.env.NEWSLENS_TESTS_PATH || path.join(extensionPath, 'out', 'test', 'suite', 'index.js'));
const workspace = path.resolve(process.env.NEWSLENS_WORKSPACE || path.join(extensionPath, 'samples'));
const timeoutSeconds = Number(process.env.NEWSLENS_TEST_TIMEOUT || 600);
const vsix = vsixOption();

// Check what the suite needs before spending time on a browser.
const manifest = path.join(extensionPath, 'package.json');
if (!fs.existsSync(manifest)) fail(`No extension at ${extensionPath} (no package.json). Set NEWSLENS_EXTENSION_PATH.`);
const mainEntry = JSON.parse(fs.readFileSync(manifest, 'utf8')).main;
if (!vsix && mainEntry && !fs.existsSync(path.resolve(extensionPath, mainEntry)) && !fs.existsSync(path.resolve(extensionPath, `${mainEntry}.js`))) {
  fail(`The extension's main ${mainEntry} is not built. Run \`npm run build\` first.`);
}
if (!fs.existsSync(testsPath)) {
  fail(`The compiled test suite ${testsPath} does not exist. Build it first (\`node esbuild.js --tests\`), or set NEWSLENS_TESTS_PATH.`);
}
if (!fs.existsSync(workspace)) fail(`The workspace folder ${workspace} does not exist. Set NEWSLENS_WORKSPACE.`);
if (vsix && !fs.existsSync(vsix)) fail(`No package at ${vsix}. Run \`npm run package\` first.`);

let server;
let browser;
let runDir;

/** Where the suite found the extension it tested (it prints the path), to prove a .vsix run tested the package. */
let testedFrom;

/** Mocha prints "N passing" / "N failing"; CI reads a plain "N passed, N failed" line. */
const counts = { passing: undefined, failing: 0, pending: 0 };
function noteCounts(text) {
  const passing = /^\s*(\d+) passing\b/m.exec(text);
  const failing = /^\s*(\d+) failing\b/m.exec(text);
  const pending = /^\s*(\d+) pending\b/m.exec(text);
  if (passing) counts.passing = Number(passing[1]);
  if (failing) counts.failing = Number(failing[1]);
  if (pending) counts.pending = Number(pending[1]);
  testedFrom ??= /^\[newslens\] testing \S+ \S+ from (.+)$/m.exec(text)?.[1];
}

/** The extension host sends console calls as [format, ...values], as console.log takes them. */
function formatArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  return format(...list);
}

/** Workbench chatter that says nothing about the suite (shown with NEWSLENS_VERBOSE=1). */
const noise = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  // The workbench asks the extension marketplace, which is out of reach offline.
  /ENOTFOUND open-vsx\.org/,
];

async function cleanUp(code) {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
  if (runDir && code === 0 && process.env.NEWSLENS_KEEP !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  else if (runDir) log(`kept this run's files (code-server log, VS Code logs) in ${runDir}`);
}

async function main() {
  const started = Date.now();
  await ensureCodeServer({ log: (line) => console.log(`[code-server] ${line}`), browser: true });

  // Fresh user data and extensions for every run, so nothing leaks between runs.
  fs.mkdirSync(path.join(cacheDir, 'runs'), { recursive: true });
  runDir = fs.mkdtempSync(path.join(cacheDir, 'runs', 'test-vscode-'));
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  // With a .vsix, the package is installed as a user installs it and the suite runs beside an empty
  // extension under development; otherwise the repository is the extension under development.
  const installed = vsix && installVsix({ vsix, userDataDir, extensionsDir, log });
  const developmentPath = installed ? testHostExtension(path.join(runDir, 'test-host')) : extensionPath;
  const port = await freePort();
  server = await startCodeServer({
    port,
    folder: workspace,
    userDataDir,
    extensionsDir,
    output: verbose ? 'inherit' : undefined,
    log: (line) => console.log(`[code-server] ${line}`),
  });

  const { chromium } = loadPlaywright();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const page = await browser.newPage();

  let settle;
  const exitCode = new Promise((resolve) => (settle = resolve));

  // Both functions must exist before the workbench loads: it looks for them
  // when it starts the extension host in test mode.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatArgs(args);
    noteCounts(text);
    if (type === 'trace' || type === 'debug' || noise.some((pattern) => pattern.test(text))) {
      if (verbose) console.log(text);
    } else if (type === 'error' || type === 'warn') console.error(text);
    else console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs) && runDir) {
      for (const { relativePath, contents } of logs) {
        const file = path.join(runDir, 'vscode-logs', relativePath);
        if (!file.startsWith(runDir)) continue;
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, contents);
      }
    }
    settle({ code });
  });
  if (verbose) page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => verbose && console.error(`[browser error] ${error.message}`));
  page.on('crash', () => settle({ code: 1, reason: 'the browser page crashed' }));
  browser.on('disconnected', () => settle({ code: 1, reason: 'the browser went away' }));
  server.process.on('exit', (code, signal) => settle({ code: 1, reason: `code-server exited (${code ?? signal})` }));

  const url = workbenchUrl(port, workspace, [
    ['extensionDevelopmentPath', remoteUri(port, developmentPath)],
    ['extensionTestsPath', remoteUri(port, testsPath)],
  ]);
  log(`extension ${installed ? `${vsix}, installed` : extensionPath}`);
  log(`tests     ${testsPath}`);
  log(`workspace ${workspace}`);
  log(`opening   ${url}`);
  await page.goto(url);

  const timer = setTimeout(
    () => settle({ code: 1, reason: `no result within ${timeoutSeconds} s (NEWSLENS_TEST_TIMEOUT); the suite hung or never started` }),
    timeoutSeconds * 1000,
  );
  const result = await exitCode;
  clearTimeout(timer);
  if (result.reason) {
    log(`FAILED: ${result.reason}`);
    await page.screenshot({ path: path.join(runDir, 'timeout.png') }).catch(() => {});
  }
  log(`the suite tested the extension in ${testedFrom ?? '(it did not say)'}`);
  if (installed && result.code === 0 && path.resolve(testedFrom ?? '') !== installed) {
    log(`FAILED: the suite did not test the installed package in ${installed}`);
    result.code = 1;
  }
  log(`finished with exit code ${result.code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.code;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[test:vscode] ${error?.message ?? error}`);
  code = 1;
}
await cleanUp(code);
if (counts.passing !== undefined) {
  console.log(`vscode: ${counts.passing} passed, ${counts.failing} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
} else if (code !== 0) {
  // The suite never reported counts: say so in the form CI reads.
  console.log('vscode: 0 passed, 1 failed');
}
process.exit(code);
