// Starts code-server (installed on demand by ./install.mjs) and builds the
// URLs that open a folder with an extension under development in its web
// workbench. The runners, the UI test and `npm start` all go through here.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { entryFile, installDir } from './paths.mjs';

export { cacheDir, chromiumArgs, chromiumPath, installDir, repoRoot, which } from './paths.mjs';
export { CODE_SERVER_VERSION, PLAYWRIGHT_CORE_VERSION, ensureCodeServer } from './install.mjs';

const defaultLog = (line) => console.log(`[code-server] ${line}`);

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

/** Resolves true when nothing listens on host:port yet. */
function portFree(host, port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Resolves true when url answers as code-server's health check does. */
function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(response.statusCode === 200 && body.includes('"status"')));
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
  if (!(await portFree(host, port))) throw new Error(`Port ${port} on ${host} is already in use; choose another one.`);
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
    '--config',
    path.join(userDataDir, 'code-server-config.yaml'),
    '--auth',
    'none',
    '--bind-addr',
    `${host}:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
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
  while (!(await healthy(`${url}healthz`))) {
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
