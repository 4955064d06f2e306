/**
 * The extension as its users run it: inside a real VS Code, through the VS Code API only. Waits poll
 * for a condition (diagnostics settle asynchronously); nothing sleeps for a fixed time.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../client/src/extension';

const EXTENSION_ID = 'newslens.newslens';

const ARTICLE = [
  'Russian hackers breach a think tank',
  '',
  'WASHINGTON — Strontium, the group also known as Fancy Bear, breached the institute in March, according to Microsoft.',
  '',
  '"We saw the intrusion within hours and shut it down," said Dana Whitfield, the institute\'s security director.',
  '',
  '',
].join('\n');

/** An article whose only quote has no speaker, so `unattributed-quote` is certain. */
const ORPHAN_QUOTE = ['Water plant breached', '', '"Nobody told us anything about the intrusion."', ''].join('\n');

/** Polls `probe` until it returns a truthy value, or fails after `timeoutMs` with `what`. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const newslensDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'NewsLens');

/** Opens an untitled article and waits until the language server answers for it. */
async function openArticle(content = ARTICLE): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'article', content });
  const editor = await vscode.window.showTextDocument(document);
  const probe = content.indexOf('Strontium');
  if (probe >= 0) await hoverText(editor, probe + 2, /APT28/);
  return editor;
}

/** Polls the hover at `offset` until its text matches `expected`. */
async function hoverText(editor: vscode.TextEditor, offset: number, expected: RegExp): Promise<string> {
  const position = editor.document.positionAt(offset);
  return waitFor(`a hover matching ${expected}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    return expected.test(text) ? text : undefined;
  });
}

describe('NewsLens in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    // The runner reads this line to tell the installed package from the source folder.
    console.log(`[newslens] testing ${extension.id} ${extension.packageJSON.version} from ${extension.extensionPath}`);
    await extension.activate();
  });

  it('reports one version: the extension and its language server read it from package.json', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!;
    const server = extension.exports.client()?.initializeResult?.serverInfo;
    assert.equal(server?.version, extension.packageJSON.version);
  });

  it('activates and analyzes a sample: diagnostics appear', async () => {
    const samples = await vscode.workspace.findFiles('**/*.{article,news,txt,md}', '**/node_modules/**');
    assert.ok(samples.length > 0, 'the workspace has samples');
    const sample = samples.sort((a, b) => a.path.localeCompare(b.path))[0];
    await vscode.window.showTextDocument(sample);
    const found = await waitFor('diagnostics on a sample', () => {
      const all = samples.flatMap((uri) => newslensDiagnostics(uri));
      return all.length > 0 ? all : undefined;
    });
    assert.ok(found.every((d) => typeof d.code === 'string'));
  });

  it('shows the actor card on hover', async () => {
    const editor = await openArticle();
    const text = await hoverText(editor, ARTICLE.indexOf('Strontium') + 2, /APT28/);
    assert.match(text, /Russia/);
  });

  it('provides semantic tokens for the entities', async () => {
    const editor = await openArticle();
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
    const actor = legend.tokenTypes.indexOf('threatActor');
    assert.ok(actor >= 0);
    const types = [];
    for (let i = 3; i < tokens.data.length; i += 5) types.push(tokens.data[i]);
    assert.ok(types.includes(actor), 'an actor token');
  });

  it('applies a quick fix and its diagnostic disappears', async () => {
    const editor = await openArticle('An opening mark "never closed in this paragraph.\n');
    const uri = editor.document.uri;
    const diagnostic = await waitFor('an unbalanced-quote diagnostic', () => newslensDiagnostics(uri).find((d) => d.code === 'unbalanced-quote'));
    // Ask VS Code to resolve the actions too, as the light bulb does before applying one.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, undefined, 10);
    // The API command does not return each action's diagnostics, so take the fix that edits the text.
    const fix = actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix, `a fix among: ${JSON.stringify(actions)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitFor('the diagnostic to disappear', () => !newslensDiagnostics(uri).some((d) => d.code === 'unbalanced-quote'));
  });

  it('follows a settings change of a rule severity', async () => {
    const editor = await openArticle(ORPHAN_QUOTE);
    const uri = editor.document.uri;
    await waitFor('an unattributed quote', () => newslensDiagnostics(uri).find((d) => d.code === 'unattributed-quote'));
    const config = vscode.workspace.getConfiguration('newslens');
    try {
      await config.update('rules', { 'unattributed-quote': 'error' }, vscode.ConfigurationTarget.Global);
      await waitFor('severity error', () =>
        newslensDiagnostics(uri).find((d) => d.code === 'unattributed-quote' && d.severity === vscode.DiagnosticSeverity.Error),
      );
      await config.update('rules', { 'unattributed-quote': 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('the rule to be silenced', () => !newslensDiagnostics(uri).some((d) => d.code === 'unattributed-quote'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('lists people, actors and quotes in the outline', async () => {
    const editor = await openArticle();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Threat actors'), names.join(', '));
    assert.ok(names.includes('Quotes'), names.join(', '));
  });

  it('navigates by person: references, inlay hints, a hover inside a quote, the code lens command', async () => {
    const text = [
      'Grid operator hit',
      '',
      'Tom Vance, the agency’s director, said the intrusion was contained.',
      '',
      '“Strontium was behind it,” Vance said. “Nobody lost power,” he added.',
      '',
    ].join('\n');
    const editor = await openArticle(text);
    const uri = editor.document.uri;
    const at = editor.document.positionAt(text.indexOf('Vance said') + 1);
    const locations = await waitFor('the references to Tom Vance', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      locations.map((l) => editor.document.getText(l.range)),
      ['Tom Vance', 'Vance'],
    );
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole);
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes('→ APT28') && labels.includes('→ Tom Vance'), labels.join(', '));
    const card = await hoverText(editor, text.indexOf('Strontium') + 2, /Inside a quote/);
    assert.match(card, /Tom Vance/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((l) => l.command?.title === 'quoted 2 times');
    assert.ok(lens?.command, JSON.stringify(lenses.map((l) => l.command?.title)));
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
  });

  it('runs the report and view commands', async () => {
    const editor = await openArticle();
    const view = await vscode.commands.executeCommand<vscode.WebviewPanel>('newslens.showReport', editor.document.uri);
    assert.ok(view, 'the report view opened');
    assert.match(view.title, /Attribution report/);
    assert.match(view.webview.html, /Sources by kind/);
    assert.match(view.webview.html, /Dana Whitfield/);
    view.dispose();
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('newslens.showReportText', editor.document.uri);
    assert.ok(report, 'the report opened');
    assert.match(report.getText(), /# Attribution report/);
    // The report is NewsLens's own output: a read-only document the server never analyses.
    assert.equal(report.uri.scheme, 'newslens-report');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(
      vscode.languages.getDiagnostics(report.uri).filter((d) => d.source === 'NewsLens'),
      [],
    );
    await vscode.commands.executeCommand('newslens.whoSaidWhat.focus');
    // The status bar item opens the Problems panel with this command.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
});
