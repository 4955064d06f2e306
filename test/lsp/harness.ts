/**
 * Speaks LSP to the bundled server the way an editor does: spawns `server/out/server.js --stdio` and
 * talks JSON-RPC over its stdin and stdout with the protocol library VS Code's own client uses.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '../../../server/out/server.js');

export interface Editor {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  /** What the server answered to `initialize`. */
  initialized: InitializeResult;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr(): string;
  /** Resolves with the first diagnostics published for `uri` that satisfy `accept` (polling the stream, no sleeps). */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Shuts the server down as an editor does and resolves with its exit code. */
  close(): Promise<number | null>;
}

export async function startEditor(settings: Record<string, unknown> = {}, workspaceFolder?: string): Promise<Editor> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const wake of waiters) wake();
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'newslens' ? settings : null)),
  );
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialized: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: workspaceFolder ?? null,
    workspaceFolders: workspaceFolder ? [{ uri: workspaceFolder, name: 'workspace' }] : null,
    capabilities: {
      workspace: { configuration: true, semanticTokens: { refreshSupport: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { versionSupport: true } },
    },
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    initialized,
    stderr: () => stderr,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = published.find((p) => p.uri === uri && accept(p));
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms. stderr:\n${stderr}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Decodes LSP semantic token data into absolute tokens. */
export function decodeTokens(data: number[], types: string[]): { line: number; character: number; length: number; type: string; modifiers: number }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({ line, character, length: data[i + 2], type: types[data[i + 3]], modifiers: data[i + 4] });
  }
  return out;
}
