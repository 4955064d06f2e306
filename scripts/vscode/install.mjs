// Installs code-server, which ships a real VS Code (server and web workbench)
// as an npm package, with playwright-core beside it. Developers' and CI
// machines reach only the npm and Debian registries, so this is how the
// extension runs in a real VS Code there. The install lives in
// `.vscode-test/code-server/` at the repo root, outside the project's
// dependencies, and happens once, on demand.
//
// The install order follows shared/docs/vscode-in-ci.md; each step says why it
// is there, because most of them work around a download the network forbids.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, chromiumPath, entryFile, installDir, repoRoot, which } from './paths.mjs';

/** code-server 4.99.x bundles VS Code 1.99.3 and runs on Node 20; 4.101+ need Node 22. */
export const CODE_SERVER_VERSION = '4.99.4';
/** Pinned so that every machine drives Chromium through the same client. */
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

const markerFile = path.join(installDir, '.newslens-installed.json');
const installLog = path.join(installDir, 'install.log');
const codeServerDir = path.join(installDir, 'node_modules', 'code-server');
const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');

const defaultLog = (line) => console.log(`[code-server] ${line}`);

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function isInstalled() {
  const marker = readMarker();
  return marker?.codeServer === CODE_SERVER_VERSION && marker?.playwrightCore === PLAYWRIGHT_CORE_VERSION && fs.existsSync(entryFile);
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
function step(label, argv, { cwd, env, log, allowFailure = false, toleratedNote = '' }) {
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
        log(`  done in ${seconds} s${code === 0 ? '' : ` (exit ${code}: ${toleratedNote || 'tolerated'})`}`);
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
  const release = await acquireInstallLock(log);
  try {
    // Another process may have finished the install while we waited.
    if (isInstalled()) {
      ensureSystemPackages({ browser, building: false }, log);
      return { installDir, entry: entryFile, vscodeVersion: readMarker().vscode };
    }
    return await install({ log, browser });
  } finally {
    release();
  }
}

/**
 * Two runs started together (say test:vscode and test:ui) must not install
 * into the same folder at once: the second waits for the first. A lock left
 * by a process that died is taken over.
 */
async function acquireInstallLock(log) {
  const lock = path.join(cacheDir, 'code-server.install.lock');
  fs.mkdirSync(cacheDir, { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const owner = Number(fs.readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      process.kill(owner, 0);
      alive = owner !== process.pid;
    } catch {
      // No such process: the lock is stale.
    }
    if (!alive) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (!told) log(`waiting for another install (process ${owner}) to finish ...`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function install({ log, browser }) {
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
    [
      'npm',
      'install',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--no-save',
      '--loglevel=error',
      `code-server@${CODE_SERVER_VERSION}`,
      `playwright-core@${PLAYWRIGHT_CORE_VERSION}`,
    ],
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
    { cwd: vscodeDir, env, log, allowFailure: true, toleratedNote: "node-pty's optional post-install step fails offline; checking its module next" },
  );
  const ptyNode = path.join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
  if (!fs.existsSync(ptyNode)) throw new Error(`node-pty did not build (${ptyNode} is missing); see ${installLog}`);

  // code-server's postinstall checks the npm/Node versions through these
  // variables and makes the symlinks VS Code needs.
  await step("step 5/6: code-server's postinstall.sh", ['sh', 'postinstall.sh'], {
    cwd: codeServerDir,
    env: { ...env, npm_config_user_agent: `npm/10.8.2 node/${process.version} linux x64`, npm_config_unsafe_perm: 'true' },
    log,
  });
  await step('step 6/6: build argon2 (password hashing module)', ['npm', 'rebuild', '--loglevel=error', 'argon2'], { cwd: installDir, env, log });

  if (!fs.existsSync(entryFile)) throw new Error(`code-server's entry point ${entryFile} is missing after install; see ${installLog}`);
  const vscodeVersion = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'package.json'), 'utf8')).version;
  fs.writeFileSync(
    markerFile,
    JSON.stringify(
      { codeServer: CODE_SERVER_VERSION, playwrightCore: PLAYWRIGHT_CORE_VERSION, vscode: vscodeVersion, installedAt: new Date().toISOString() },
      null,
      2,
    ) + '\n',
  );
  log(`installed code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { installDir, entry: entryFile, vscodeVersion };
}
