// What `npm start` runs after the build: opens the samples in a VS Code with
// this extension loaded from source. A desktop VS Code (`code` on PATH, or the
// executable named by NEWSLENS_CODE) is used when there is one; otherwise
// code-server, installed on demand, serves the same VS Code to a browser.
//
// Environment (all optional):
//   NEWSLENS_CODE  a VS Code executable to use instead of `code` on PATH;
//                  `none` uses code-server even when `code` is on PATH
//   NEWSLENS_EXTENSION_PATH  the extension to load (default: this repo)
//   NEWSLENS_PORT  the port for code-server (default: a free one)
//   NEWSLENS_HOST  the address code-server binds (default: 127.0.0.1)

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, ensureCodeServer, freePort, remoteUri, repoRoot, startCodeServer, which, workbenchUrl } from './code-server.mjs';

const log = (line) => console.log(`[start] ${line}`);
const extensionPath = path.resolve(process.env.NEWSLENS_EXTENSION_PATH || repoRoot);

function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

// The build ran just before; check that it produced what VS Code will load.
const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
if (manifest.main && !fs.existsSync(path.resolve(extensionPath, manifest.main))) {
  fail(`${manifest.main} is missing: build the extension first (npm run build).`);
}
let folder = path.join(extensionPath, 'samples');
if (!fs.existsSync(folder)) {
  log(`no samples/ folder; opening the extension's root instead`);
  folder = extensionPath;
}

async function runDesktop(code) {
  log(`opening ${folder} in ${code} with the extension from ${extensionPath}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${extensionPath}`, folder], { stdio: 'inherit' });
  child.on('error', (error) => fail(`could not run ${code}: ${error.message}`));
  // The desktop `code` launcher returns once the window is open.
  child.on('exit', (status) => process.exit(status ?? 0));
}

async function runCodeServer() {
  log(
    process.env.NEWSLENS_CODE === 'none'
      ? 'NEWSLENS_CODE=none: serving VS Code from code-server'
      : 'no desktop VS Code (`code`) on PATH: serving VS Code from code-server instead',
  );
  try {
    await ensureCodeServer({ log: (line) => console.log(`[code-server] ${line}`) });
  } catch (error) {
    fail(error.message);
  }
  const host = process.env.NEWSLENS_HOST || '127.0.0.1';
  const port = process.env.NEWSLENS_PORT ? Number(process.env.NEWSLENS_PORT) : await freePort();
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`NEWSLENS_PORT=${process.env.NEWSLENS_PORT} is not a port number`);

  // Settings and state persist between runs of `npm start`, like a desktop profile.
  const profile = path.join(cacheDir, 'start');
  let server;
  try {
    server = await startCodeServer({
      port,
      host,
      folder,
      userDataDir: path.join(profile, 'user-data'),
      extensionsDir: path.join(profile, 'extensions'),
      log: (line) => console.log(`[code-server] ${line}`),
    });
  } catch (error) {
    fail(`${error.message}${process.env.NEWSLENS_PORT ? ' (NEWSLENS_PORT)' : ''}`);
  }

  const url = workbenchUrl(port, folder, [['extensionDevelopmentPath', remoteUri(port, extensionPath, host)]], host);
  console.log('');
  console.log('  NewsLens is running in VS Code (code-server). Open this URL in a browser:');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log(`  Server log: ${server.logFile}`);
  console.log('  Press Ctrl+C to stop.');
  console.log('');

  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  server.process.on('exit', (code, signal) => {
    if (stopping) return;
    fail(`code-server stopped by itself (${code ?? signal}); see ${server.logFile}`);
  });
}

const requested = process.env.NEWSLENS_CODE;
const desktop = requested === 'none' ? undefined : requested || which('code');
if (requested && requested !== 'none' && !fs.existsSync(requested) && !which(requested)) {
  fail(`NEWSLENS_CODE=${requested} is not an executable (use NEWSLENS_CODE=none for code-server)`);
}
if (desktop) await runDesktop(desktop);
else await runCodeServer();
