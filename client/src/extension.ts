/**
 * The VS Code side of NewsLens: starts the language server, and adds the commands, the status bar
 * item and the "Who Said What" view. All analysis happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { StatusBar } from './statusBar';
import { WhoSaidWhatProvider } from './whoSaidWhat';

let client: LanguageClient | undefined;

/** What the extension hands to its tests and to other extensions. */
export interface NewsLensApi {
  /** The running language client (replaced on restart). */
  client(): LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const activated = Date.now();
  const whoSaidWhat = new WhoSaidWhatProvider(() => client);
  const statusBar = new StatusBar();
  context.subscriptions.push(
    statusBar,
    vscode.window.registerTreeDataProvider('newslens.whoSaidWhat', whoSaidWhat),
    vscode.languages.onDidChangeDiagnostics(() => {
      statusBar.update();
      whoSaidWhat.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      statusBar.update();
      whoSaidWhat.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed when a client starts, so a new language list needs a restart.
      if (event.affectsConfiguration('newslens.languages')) await restart(context);
    }),
  );
  registerCommands(context, { client: () => client, restart: () => restart(context) });
  await start(context, activated);
  statusBar.update();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Starts the language server; `since` is when the extension was activated (now, on a restart). */
async function start(context: vscode.ExtensionContext, since = Date.now()): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = vscode.workspace.getConfiguration('newslens').get<string[]>('languages', ['article', 'plaintext', 'markdown']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      // The workspace entities file and every .newslens.json: a change applies without a reload.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.newslens/entities.json'), vscode.workspace.createFileSystemWatcher('**/.newslens.json')],
    },
    diagnosticCollectionName: 'newslens',
    errorHandler: restarter(),
  };
  client = new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
  await client.start();
  // One version for the extension and its server, both read from package.json: the log (timestamped)
  // says which ran and how long the server took to start, which the UI test reads for the cold start.
  const server = client.initializeResult?.serverInfo;
  const version = context.extension.packageJSON.version;
  client.outputChannel.info(`NewsLens ${version}: language server ${server?.name} ${server?.version} ready in ${Date.now() - since} ms`);
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = undefined;
  await start(context);
}

/** Crashes within this window count together; more than MAX_RESTARTS of them and the server stays down. */
const CRASH_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/**
 * What happens when the server stops unexpectedly: it is started again and the user gets one clear
 * notice (once a session, not once a crash); a server that keeps crashing is left stopped with a
 * message that says how to start it again.
 */
function restarter(): ErrorHandler {
  const crashes: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message: `The NewsLens language server stopped ${crashes.length} times in 3 minutes and was not restarted. Run "NewsLens: Restart Language Server" to try again; the Output panel (NewsLens) shows why it stopped.`,
        };
      }
      if (!told) {
        told = true;
        void vscode.window.showInformationMessage(
          'The NewsLens language server stopped unexpectedly and was restarted; open articles are being checked again.',
        );
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
