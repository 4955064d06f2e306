/** The `newslens.*` commands. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReportData } from '../../server/src/views/report';
import { showReportView } from './reportView';

interface Host {
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
}

/** A starting point for the workspace entities file, shown when the user opens it for the first time. */
const ENTITIES_TEMPLATE = `{
  "actors": [],
  "people": [],
  "organizations": []
}
`;

/**
 * Reports are NewsLens's own output, shown as read-only virtual documents of their own scheme: the
 * language client's selector takes only `file` and `untitled` documents, so the server never
 * analyses a report as if it were an article.
 */
export const REPORT_SCHEME = 'newslens-report';
const reports = new Map<string, string>();
let reportCount = 0;

export function registerCommands(context: vscode.ExtensionContext, host: Host): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, { provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '' }),
  );

  // The code lens "quoted 3 times" carries LSP JSON (a URI string, positions, locations); VS Code's
  // peek view wants its own types, so this command converts them and opens it.
  register('newslens.showReferences', async (uri: string, position: { line: number; character: number }, locations: unknown[]) => {
    const client = host.client();
    if (!client) return;
    const converter = client.protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(uri),
      converter.asPosition(position),
      (locations as Parameters<typeof converter.asLocation>[0][]).map((location) => converter.asLocation(location)),
    );
  });

  /** The article a report command is for, and the running client; undefined (with a message) when there is none. */
  const reportTarget = (uri?: vscode.Uri) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    const client = host.client();
    if (!target || !client) {
      void vscode.window.showInformationMessage('NewsLens: open an article to see its attribution report.');
      return undefined;
    }
    return { target, client };
  };
  const notAnalysed = () => void vscode.window.showInformationMessage('NewsLens does not analyze this document. Its language is not in "newslens.languages".');

  // The report as a picture (charts of sources, speakers and gaps), in a webview beside the article.
  register('newslens.showReport', async (uri?: vscode.Uri) => {
    const found = reportTarget(uri);
    if (!found) return undefined;
    const data = await found.client.sendRequest<ReportData | null>('newslens/reportData', { uri: found.target.toString() });
    if (data === null) return notAnalysed();
    return showReportView(data);
  });

  // The same report as Markdown text, read-only.
  register('newslens.showReportText', async (uri?: vscode.Uri) => {
    const found = reportTarget(uri);
    if (!found) return undefined;
    const { target, client } = found;
    const report = await client.sendRequest<string | null>('newslens/report', { uri: target.toString() });
    if (report === null) return notAnalysed();
    const name = target.path.split('/').pop() || 'article';
    const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/Attribution report - ${name}.md`, query: String(++reportCount) });
    reports.set(reportUri.toString(), report);
    const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(reportUri), 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return document;
  });

  register('newslens.restartServer', () => host.restart());

  register('newslens.openEntitiesFile', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage('NewsLens: open a folder first; the entities file lives in the workspace.');
      return;
    }
    const relative = vscode.workspace.getConfiguration('newslens', folder.uri).get<string>('entitiesFile', '.newslens/entities.json');
    const uri = vscode.Uri.joinPath(folder.uri, relative);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ENTITIES_TEMPLATE));
    }
    await vscode.window.showTextDocument(uri);
  });

  register('newslens.configureRule', async (code: string, severity: string) => {
    const config = vscode.workspace.getConfiguration('newslens');
    const rules = { ...config.get<Record<string, string>>('rules', {}), [code]: severity };
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('rules', rules, target);
  });

  register('newslens.hideFinding', async (finding: { code: string; text: string }) => {
    const config = vscode.workspace.getConfiguration('newslens');
    const hidden = config.get<{ code: string; text: string }[]>('hiddenFindings', []);
    if (hidden.some((h) => h.code === finding.code && h.text === finding.text)) return;
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('hiddenFindings', [...hidden, finding], target);
  });

  register('newslens.reveal', async (uri: vscode.Uri, range: vscode.Range) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
