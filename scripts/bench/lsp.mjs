#!/usr/bin/env node
// Measures the language server as an editor uses it, over stdio with the protocol library VS Code's
// client uses: cold start to the first diagnostics of a typical article; edit -> diagnostics on 10k-
// and 100k-word articles (reported past the server's 250 ms debounce, which is the wait for typing to
// pause, not work); hover; semanticTokens/full; the server's peak memory (VmHWM); and its resident
// memory over a long session (many edits to one article, then many articles opened and closed).
//
//   node esbuild.js && node scripts/bench/lsp.mjs [--edits 20] [--hovers 200] [--session-edits 10000] [--articles 2000] [--session-heap 512]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
import { root } from '../lib/core.mjs';

const DEBOUNCE_MS = 250;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const edits = option('--edits', 20);
const hovers = option('--hovers', 200);
const sessionEdits = option('--session-edits', 10_000);
const articles = option('--articles', 2_000);
const sessionHeap = option('--session-heap', 512);

const samples = readdirSync(join(root, 'samples')).map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
const typical = samples.reduce((a, b) => (a.length > b.length ? a : b));
const body = samples.join('\n\n');
const words = (n) => {
  let text = '';
  while (text.split(/\s+/).length < n) text += body + '\n\n';
  return text
    .split(/(?<=\s)/)
    .slice(0, n)
    .join('');
};

/** Starts the bundled server and resolves when it answered `initialize`. */
async function start(nodeFlags = []) {
  const spawned = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'server/out/server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    waiting.get(key)?.(performance.now());
    waiting.delete(key);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  const diagnosticsOf = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  const peakMb = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
  };
  return { connection, spawned, diagnosticsOf, peakMb, residentMb, stop };
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// Cold start: process spawn -> initialize -> didOpen -> first diagnostics.
{
  const server = await start();
  const uri = 'file:///bench/typical.article';
  const first = server.diagnosticsOf(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: typical } });
  console.log(`cold start to first diagnostics (${typical.length} chars): ${fmt((await first) - server.spawned)}`);
  await server.stop();
}

const server = await start();
for (const size of [10_000, 100_000]) {
  const text = words(size);
  const uri = `file:///bench/${size}.article`;
  const opened = server.diagnosticsOf(uri, 1);
  const t0 = performance.now();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  console.log(`${size} words (${(text.length / 1e6).toFixed(2)} MB): open -> diagnostics ${fmt((await opened) - t0)}`);
  const lines = text.split('\n');
  const latencies = [];
  for (let version = 2; version < 2 + edits; version++) {
    // Type one character into the middle of the article, as a writer does.
    const line = Math.floor(lines.length / 2);
    const published = server.diagnosticsOf(uri, version);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    latencies.push((await published) - sent - DEBOUNCE_MS);
  }
  console.log(`  edit -> diagnostics past the debounce: median ${fmt(quantile(latencies, 0.5))}, p95 ${fmt(quantile(latencies, 0.95))}`);
  const hoverTimes = [];
  for (let i = 0; i < hovers; i++) {
    const line = Math.floor((i * 7919) % lines.length);
    const position = { line, character: Math.floor(lines[line].length / 2) };
    const sent = performance.now();
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hoverTimes.push(performance.now() - sent);
  }
  console.log(`  hover: median ${fmt(quantile(hoverTimes, 0.5))}, p95 ${fmt(quantile(hoverTimes, 0.95))}`);
  const tokenTimes = [];
  for (let i = 0; i < 5; i++) {
    const sent = performance.now();
    await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    tokenTimes.push(performance.now() - sent);
  }
  console.log(`  semanticTokens/full: median ${fmt(quantile(tokenTimes, 0.5))}`);
}
console.log(`server peak memory (VmHWM): ${server.peakMb().toFixed(0)} MB`);
await server.stop();

// A long session: thousands of edits to one article (each read back with a hover, which analyses the
// new version at once, past the debounce), then thousands of articles opened and closed. Resident
// memory should stay flat: nothing may be kept per version or per closed document. The server's heap
// is capped (--session-heap MB, 0 for none) so that V8 collects rather than grows its heap because it
// may: what memory stays is then what the server keeps.
{
  const session = await start(sessionHeap ? [`--max-old-space-size=${sessionHeap}`] : []);
  const uri = 'file:///bench/session.article';
  const paragraph = samples[0].split('\n\n').slice(0, 4).join('\n\n');
  const opened = session.diagnosticsOf(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: paragraph } });
  await opened;
  const marks = [];
  for (let version = 2; version < 2 + sessionEdits; version++) {
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: version > 2 ? 1 : 0 } }, text: String(version % 10) }],
    });
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    if ((version - 1) % Math.max(1, Math.floor(sessionEdits / 4)) === 0) marks.push(session.residentMb());
  }
  marks.push(session.residentMb());
  console.log(
    `${sessionEdits} edits in one session (heap capped at ${sessionHeap || 'no'} MB): resident memory ${marks.map((m) => m.toFixed(0)).join(' -> ')} MB`,
  );
  // Three times over: memory freed by a round's closing is reused by the next (V8 keeps its heap rather
  // than return it), so rounds that end where the first did show nothing is kept.
  const before = session.residentMb();
  const rounds = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < articles; i++) {
      const doc = `file:///bench/archive/${round}/${i}.article`;
      const done = session.diagnosticsOf(doc, 1);
      const text = `${samples[i % samples.length]}\n\nFiled as article ${i} of round ${round}.`;
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'article', version: 1, text } });
      await done;
    }
    const open = session.residentMb();
    for (let i = 0; i < articles; i++) {
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file:///bench/archive/${round}/${i}.article` } });
    }
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    rounds.push(`${open.toFixed(0)} MB with all open, ${session.residentMb().toFixed(0)} MB closed`);
  }
  console.log(`${articles} articles opened then closed, three times: resident memory ${before.toFixed(0)} MB before; ${rounds.join('; then ')}`);
  await session.stop();
}
