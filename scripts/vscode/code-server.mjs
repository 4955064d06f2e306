// Installs and starts code-server, which ships a real VS Code (server and web
// workbench) as an npm package. Developers' and CI machines reach only the npm
// and Debian registries, so this is how the extension runs in a real VS Code
// there. The install lives in `.vscode-test/code-server/` at the repo root,
// outside the project's dependencies, and happens once, on demand.
//
// The install order follows shared/docs/vscode-in-ci.md; each step says why it
// is there, because most of them work around a download the network forbids.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** code-server 4.99.x bundles VS Code 1.99.3 and runs on Node 20; 4.101+ need Node 22. */
export const CODE_SERVER_VERSION = '4.99.4';
/** Pinned so that every machine drives Chromium through the same client. */
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The git-ignored cache folder for everything this project installs on demand. */
export const cacheDir = path.join(repoRoot, '.vscode-test');
/** Where code-server and playwright-core are installed. */
export const installDir = path.join(cacheDir, 'code-server');

const markerFile = path.join(installDir, '.newslens-installed.json');
const installLog = path.join(installDir, 'install.log');
const codeServerDir = path.join(installDir, 'node_modules', 'code-server');
const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');
const entryFile = path.join(codeServerDir, 'out', 'node', 'entry.js');

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

const defaultLog = (line) => console.log(`[code-server] ${line}`);

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

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function isInstalled() {
  const marker = readMarker();
  return (
    marker?.codeServer === CODE_SERVER_VERSION &&
    marker?.playwrightCore === PLAYWRIGHT_CORE_VERSION &&
    fs.existsSync(entryFile)
  );
}

/**
 * Each prerequisite from the operating system: how to tell it is there, and
 * which Debian package provides it.
 */
function systemPrerequisites({ browser, building }) {
  const list = [];
  if (building) {
    // The `kerberos` native module of VS Code compiles against gssapi headers.
    list.push({
      what: 'Kerberos/GSSAPI headers',
      pkg: 'libkrb5-dev',
      present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') || !!which('krb5-config'),
    });
    list.push({ what: 'make', pkg: 'make', present: () => !!which('make') });
    list.push({ what: 'a C++ compiler', pkg: 'g++', present: () => !!(which('g++') || which('c++')) });
    list.push({ what: 'python3 (for node-gyp)', pkg: 'python3', present: () => !!which('python3') });
  }
  // @vscode/ripgrep would download rg from GitHub; we link Debian's instead.
  list.push({ what: 'ripgrep (rg)', pkg: 'ripgrep', present: () => !!which('rg') });
  if (browser) {
    list.push({ what: `Chromium at ${chromiumPath}`, pkg: 'chromium', present: () => fs.existsSync(chromiumPath) });
  }
  return list;
}

function canUseApt() {
  if (!which('apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  // In CI a non-root user may still have password-less sudo.
  if (process.env.CI && which('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0) return ['sudo', '-n'];
  return undefined;
}

function runSync(argv, log) {
  log(`$ ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`'${argv.join(' ')}' failed (exit ${result.status ?? result.signal})`);
}

/**
 * Installs missing Debian packages when allowed (root, or CI with sudo);
 * otherwise stops with a message saying exactly what to install.
 */
function ensureSystemPackages(options, log) {
  const missing = systemPrerequisites(options).filter((p) => !p.present());
  if (missing.length === 0) return;
  const pkgs = [...new Set(missing.map((p) => p.pkg))];
  const prefix = canUseApt();
  if (!prefix) {
    throw new Error(
      `Missing system prerequisites: ${missing.map((p) => p.what).join(', ')}.\n` +
        `  On Debian/Ubuntu install them with:  sudo apt-get install -y ${pkgs.join(' ')}\n` +
        `  (This script installs them itself only when it runs as root or in CI with password-less sudo.)` +
        (options.browser ? `\n  A Chromium elsewhere can be named with NEWSLENS_CHROMIUM=/path/to/chromium.` : ''),
    );
  }
  log(`installing Debian packages: ${pkgs.join(' ')} (missing: ${missing.map((p) => p.what).join(', ')})`);
  runSync([...prefix, 'apt-get', 'update', '-q'], log);
  runSync([...prefix, 'apt-get', 'install', '-y', '-q', ...pkgs], log);
  const still = systemPrerequisites(options).filter((p) => !p.present());
  if (still.length) throw new Error(`Still missing after apt-get install: ${still.map((p) => p.what).join(', ')}`);
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} needs Node 20, but this is Node ${process.versions.node}.\n` +
        `  Run this script with Node 20 (for example through nvm: nvm install 20 && nvm use 20).`,
    );
  }
}

/**
 * Node's headers are needed by node-gyp for the native modules. Offline,
 * node-gyp cannot download them, so when npm is not already pointed at a
 * folder that has them, point it at the system's copy.
 */
function nodeGypEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    // A VS Code terminal's variables would confuse the code-server scripts.
    if (key.startsWith('VSCODE_')) delete env[key];
  }
  const configured = env.npm_config_nodedir || spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).stdout?.trim();
  const hasConfigured = configured && configured !== 'undefined' && configured !== 'null';
  const systemHeaders = path.join(path.dirname(path.dirname(process.execPath)), 'include', 'node', 'node.h');
  if (!hasConfigured && fs.existsSync(systemHeaders)) {
    env.npm_config_nodedir = path.dirname(path.dirname(process.execPath));
  }
  return env;
}

/** Runs one install step with its output going to install.log. */
function step(label, argv, { cwd, env, log, allowFailure = false }) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    log(`${label} ...`);
    const out = fs.openSync(installLog, 'a');
    fs.writeSync(out, `\n===== ${label}\n$ (cd ${cwd} && ${argv.join(' ')})\n`);
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', out, out] });
    // Long steps print a heartbeat so that a person knows nothing hangs.
    const timer = setInterval(() => log(`  ... still working on: ${label} (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.on('error', (error) => {
      clearInterval(timer);
      fs.closeSync(out);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      fs.closeSync(out);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0 || allowFailure) {
        log(`  done in ${seconds} s${code === 0 ? '' : ` (exit ${code}, tolerated)`}`);
        resolve(code);
      } else {
        const tail = fs.readFileSync(installLog, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`${label} failed (exit ${code ?? signal}). Last lines of ${installLog}:\n${tail}`));
      }
    });
  });
}

/**
 * Installs code-server and playwright-core into `.vscode-test/code-server/`
 * unless they are already there. Fast (a marker file check) when installed.
 *
 * @param {{ log?: (line: string) => void, browser?: boolean }} [options]
 *   `browser: true` also makes sure Debian's Chromium is there (for tests).
 * @returns {Promise<{ installDir: string, entry: string, vscodeVersion: string }>}
 */
export async function ensureCodeServer({ log = defaultLog, browser = false } = {}) {
  checkNode();
  if (isInstalled()) {
    ensureSystemPackages({ browser, building: false }, log);
    return { installDir, entry: entryFile, vscodeVersion: readMarker().vscode };
  }

  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} (VS Code inside) into ${path.relative(repoRoot, installDir)}/ - the first time takes a few minutes`);
  ensureSystemPackages({ browser, building: true }, log);

  // A partial install from an interrupted run is thrown away: every step
  // below assumes the state the previous one left.
  fs.rmSync(path.join(installDir, 'node_modules'), { recursive: true, force: true });
  fs.rmSync(markerFile, { force: true });
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(installLog, `install started ${new Date().toISOString()}\n`);
  // Without its own package.json, npm would walk up and install into the repo.
  fs.writeFileSync(
    path.join(installDir, 'package.json'),
    JSON.stringify({ name: 'newslens-vscode-test-cache', private: true, description: 'Generated by scripts/vscode/code-server.mjs' }, null, 2) + '\n',
  );
  const env = nodeGypEnv();
  const rg = which('rg');

  await step(
    'step 1/6: npm install code-server and playwright-core (no install scripts)',
    ['npm', 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=error',
      `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`],
    { cwd: installDir, env, log },
  );
  await step(
    "step 2/6: VS Code's own production dependencies",
    ['npm', 'install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: vscodeDir, env, log },
  );

  // @vscode/ripgrep's install script downloads rg from GitHub unless bin/
  // exists, and any fresh install replaces that folder: so link it only now.
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(rg, path.join(rgBin, 'rg'));
  log(`step 3/6: linked ${rg} as VS Code's ripgrep`);

  // node-pty's extra post-install step fails on a missing `npx node-gyp`, but
  // its build/Release/pty.node is built, which is what VS Code loads.
  await step(
    'step 4/6: build native modules (node-gyp)',
    ['npm', 'rebuild', '--loglevel=error', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'],
    { cwd: vscodeDir, env, log, allowFailure: true },
  );
  const ptyNode = path.join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
  if (!fs.existsSync(ptyNode)) throw new Error(`node-pty did not build (${ptyNode} is missing); see ${installLog}`);

  // code-server's postinstall checks the npm/Node versions through these
  // variables and makes the symlinks VS Code needs.
  await step(
    "step 5/6: code-server's postinstall.sh",
    ['sh', 'postinstall.sh'],
    {
      cwd: codeServerDir,
      env: { ...env, npm_config_user_agent: `npm/10.8.2 node/${process.version} linux x64`, npm_config_unsafe_perm: 'true' },
      log,
    },
  );
  await step('step 6/6: build argon2 (password hashing module)', ['npm', 'rebuild', '--loglevel=error', 'argon2'], { cwd: installDir, env, log });

  if (!fs.existsSync(entryFile)) throw new Error(`code-server's entry point ${entryFile} is missing after install; see ${installLog}`);
  const vscodeVersion = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'package.json'), 'utf8')).version;
  fs.writeFileSync(
    markerFile,
    JSON.stringify({ codeServer: CODE_SERVER_VERSION, playwrightCore: PLAYWRIGHT_CORE_VERSION, vscode: vscodeVersion, installedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  log(`installed code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { installDir, entry: entryFile, vscodeVersion };
}

/** Loads the playwright-core installed by ensureCodeServer. */
export function loadPlaywright() {
  const require = createRequire(path.join(installDir, 'package.json'));
  return require('playwright-core');
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves true when an HTTP GET of url answers at all. */
function answers(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(1000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

/** Adds the settings a clean editor needs (and `extra`) to user-data-dir/User/settings.json. */
function writeUserSettings(userDataDir, extra = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let settings = {};
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // Missing or hand-edited with comments: start from our defaults.
  }
  const defaults = {
    // Otherwise a walkthrough covers the editor on every start.
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    // The repo's own .git is above the samples folder; do not ask about it.
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.writeFileSync(file, JSON.stringify({ ...defaults, ...settings, ...extra }, null, 2) + '\n');
}

/** The `vscode-remote://` form of an absolute path, as the payload needs it. */
export function remoteUri(port, absPath, host = '127.0.0.1') {
  return `vscode-remote://${host}:${port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The URL that opens `folder` in the web workbench with the given payload
 * entries, e.g. [['extensionDevelopmentPath', remoteUri(port, repo)]].
 */
export function workbenchUrl(port, folder, payload, host = '127.0.0.1') {
  const query = [`folder=${encodeURIComponent(folder)}`];
  if (payload?.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://${host}:${port}/?${query.join('&')}`;
}

/**
 * Starts code-server (installed by ensureCodeServer) and resolves once it
 * answers HTTP. The server is also ended when this process exits; callers
 * that want Ctrl+C to end it should turn SIGINT into process.exit().
 *
 * @param {{ port: number, folder: string, userDataDir: string, extensionsDir: string,
 *   host?: string, log?: (line: string) => void, output?: 'inherit' | string, timeoutMs?: number,
 *   settings?: Record<string, unknown> }} options
 *   `settings` are added to the user settings. `output` is 'inherit' (print the server's output) or a log file path
 *   (default: code-server.log inside userDataDir).
 * @returns {Promise<{ url: string, port: number, process: import('node:child_process').ChildProcess,
 *   logFile?: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({
  port,
  folder,
  userDataDir,
  extensionsDir,
  host = '127.0.0.1',
  log = defaultLog,
  output,
  timeoutMs = 60_000,
  settings,
}) {
  if (!fs.existsSync(entryFile)) throw new Error('code-server is not installed: call ensureCodeServer() first');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, settings);

  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    // Inside a VS Code terminal, VSCODE_IPC_HOOK_CLI makes code-server hand
    // the folder to that editor instead of starting a server.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  const logFile = output === 'inherit' ? undefined : output || path.join(userDataDir, 'code-server.log');
  const out = logFile ? fs.openSync(logFile, 'a') : 'inherit';
  const args = [
    entryFile,
    // Without --config, code-server writes a config file into ~/.config.
    '--config', path.join(userDataDir, 'code-server-config.yaml'),
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    folder,
  ];
  // Its own process group, so that stop() ends the server with every helper
  // process it started (extension host, pty host, file watcher).
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', out, out], detached: true });
  if (typeof out === 'number') fs.closeSync(out);

  let exited = null;
  // The server runs in its own process group, so it would outlive this
  // process; end it when this process exits, whatever the reason.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', killOnExit);
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('exit', killOnExit);
      resolve((exited = { code, signal }));
    }),
  );
  child.on('error', (error) => (exited = { error }));

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await exitPromise;
    clearTimeout(timer);
  };

  const url = `http://${host}:${port}/`;
  const started = Date.now();
  while (!(await answers(`${url}healthz`))) {
    if (exited) {
      const tail = logFile && fs.existsSync(logFile) ? `\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}` : '';
      throw new Error(`code-server exited before listening (${JSON.stringify(exited)})${tail}`);
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s${logFile ? `; see ${logFile}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`listening on ${url} (after ${Date.now() - started} ms)`);
  return { url, port, process: child, logFile, stop };
}
