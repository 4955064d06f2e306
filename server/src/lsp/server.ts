/**
 * Wiring only: every LSP request is forwarded to a feature module in a few lines. The analysis lives
 * in `analysis/`, its presentation in `features/` and `../views/`, and the state in `session.ts`.
 */
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './features/code-actions';
import { toOffset } from './features/ranges';
import { diagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { reportData, reportMarkdown } from '../views/report';
import { legend, semanticTokens } from './features/semantic-tokens';
import { documentSymbols } from './features/symbols';
import { whoSaidWhat } from './features/who-said-what';
import { codeLenses, definition, documentHighlights, prepareRename, references, renamePerson } from './features/navigation';
import { inlayHints } from './features/inlay-hints';
import { WorkspaceSymbols } from './workspace-symbols';
import type { Analysis } from '../analysis/types';
import { VERSION } from '../version';
import { Session } from './session';
import { UserEntities } from './entities-file';
import { ConfigFiles } from './config-files';

/** How long to wait after the last edit before re-analyzing, so typing stays smooth. */
const DEBOUNCE_MS = 250;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const userEntities = new UserEntities(connection, session);
  const workspaceSymbols = new WorkspaceSymbols(session);
  const configFiles = new ConfigFiles(connection);
  session.configFor = (uri) => configFiles.forDocument(uri);

  let registerForConfiguration = false;
  let canRefreshTokens = false;
  let canRefreshHints = false;
  connection.onInitialize((params) => {
    session.canReadConfiguration = params.capabilities.workspace?.configuration === true;
    registerForConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    userEntities.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (userEntities.folders.length === 0 && params.rootUri) userEntities.folders = [params.rootUri];
    configFiles.setFolders(userEntities.folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        semanticTokensProvider: { legend, full: true, range: true },
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        renameProvider: { prepareProvider: true },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'NewsLens', version: VERSION },
    };
  });

  /** Publishes diagnostics for the document's current version, dropping the result if it went stale. */
  const validate = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const analysis = await session.analysisOf(document);
    if (documents.get(uri)?.version !== version) return;
    connection.sendDiagnostics({ uri, version, diagnostics: diagnostics(document, analysis) });
  };
  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri).catch((e) => connection.console.error(String(e)));
      }, delay),
    );
  };
  // After a settings change every document is checked again; otherwise only when the knowledge changed.
  const reloadEntities = (always = false) =>
    userEntities
      .reload()
      .then((changed) => (changed || always) && revalidateAll())
      .catch((e) => connection.console.error(`NewsLens could not load the workspace entities: ${e}`));
  const revalidateAll = () => {
    session.invalidate();
    workspaceSymbols.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
    // The inlay hints follow their settings (newslens.inlayHints.*) without a reload.
    if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  };

  connection.onInitialized(() => {
    // Clients that pull settings only announce changes once the server asks for them.
    if (registerForConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' }).catch(() => undefined);
    }
    void reloadEntities();
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen for the same text: that one must not
  // replace the immediate check of an opened document with the typing debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri)) return;
    schedule(document.uri, DEBOUNCE_MS);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    justOpened.delete(document.uri);
    session.forget(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => {
    session.invalidate();
    void reloadEntities(true);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // A .newslens.json created, changed or deleted: its articles are checked again under what it says now.
    if (changes.some((change) => configFiles.isConfigFile(change.uri))) {
      configFiles.changed(changes);
      revalidateAll();
    }
    if (changes.some((change) => userEntities.isEntitiesFile(change.uri))) void reloadEntities();
  });

  const withAnalysis = <T>(uri: string, empty: T, run: (document: TextDocument, a: Awaited<ReturnType<Session['analysisOf']>>) => T) => {
    const document = documents.get(uri);
    return document ? session.analysisOf(document).then((analysis) => run(document, analysis)) : Promise.resolve(empty);
  };

  connection.onHover(({ textDocument, position }) =>
    withAnalysis(textDocument.uri, null, (doc, a) =>
      hover(doc, a, session.indexOf(doc.uri), toOffset(doc, position), (name) => workspaceSymbols.rolesElsewhere(doc.uri, name)),
    ),
  );
  connection.languages.semanticTokens.on(({ textDocument }) => withAnalysis(textDocument.uri, { data: [] }, (doc, a) => semanticTokens(doc, a)));
  connection.languages.semanticTokens.onRange(({ textDocument, range }) =>
    withAnalysis(textDocument.uri, { data: [] }, (doc, a) => semanticTokens(doc, a, { start: toOffset(doc, range.start), end: toOffset(doc, range.end) })),
  );
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(document, params) : [];
  });
  connection.onDocumentSymbol(({ textDocument }) => withAnalysis(textDocument.uri, [], documentSymbols));
  const at = <T>(uri: string, position: Position, empty: T, run: (doc: TextDocument, a: Analysis, offset: number) => T) =>
    withAnalysis(uri, empty, (doc, a) => run(doc, a, toOffset(doc, position)));
  connection.onDocumentHighlight(({ textDocument, position }) => at(textDocument.uri, position, [], documentHighlights));
  connection.onReferences(({ textDocument, position, context }) =>
    at(textDocument.uri, position, [], (doc, a, offset) => references(doc, a, offset, context.includeDeclaration)),
  );
  connection.onDefinition(({ textDocument, position }) => at(textDocument.uri, position, null, definition));
  connection.onPrepareRename(({ textDocument, position }) => at(textDocument.uri, position, null, prepareRename));
  connection.onRenameRequest(({ textDocument, position, newName }) =>
    at(textDocument.uri, position, null, (doc, a, offset) => {
      const edits = renamePerson(doc, a, offset, newName);
      if (!edits) throw new ResponseError(ErrorCodes.InvalidParams, 'NewsLens renames people: put the cursor on a person’s name and give a name of one line.');
      return { changes: { [doc.uri]: edits } };
    }),
  );
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const settings = await session.settingsFor(textDocument.uri);
    return withAnalysis(textDocument.uri, [], (doc, a) =>
      inlayHints(doc, a, settings.inlayHints, { start: toOffset(doc, range.start), end: toOffset(doc, range.end) }),
    );
  });
  connection.onCodeLens(({ textDocument }) => withAnalysis(textDocument.uri, [], codeLenses));
  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols.find(userEntities.folders, documents.all(), query));
  connection.onRequest('newslens/report', ({ uri }: { uri: string }) =>
    withAnalysis(uri, null, (doc, a) => reportMarkdown(doc.uri, doc.getText(), a, session.indexOf(doc.uri))),
  );
  connection.onRequest('newslens/reportData', ({ uri }: { uri: string }) =>
    withAnalysis(uri, null, (doc, a) => reportData(doc.uri, doc.getText(), a, session.indexOf(doc.uri))),
  );
  connection.onRequest('newslens/whoSaidWhat', ({ uri }: { uri: string }) => withAnalysis(uri, [], whoSaidWhat));

  documents.listen(connection);
  connection.listen();
}
