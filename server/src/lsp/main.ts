/**
 * The language server's process entry: create the connection (IPC when VS Code starts it, stdio with
 * `--stdio`) and hand it to `startServer`. Nothing else belongs here.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
