/**
 * `.newslens.json` in a real VS Code: a config in a folder of the workspace is honoured for the
 * articles in it, and a change to it applies without a reload (the client's file watcher tells the
 * server). The folder is made in the workspace for the test and removed after it.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

/** An article whose only quote has no speaker: `unattributed-quote`, a warning by default. */
const ORPHAN_QUOTE = ['Water plant breached', '', '"Nobody told us anything about the intrusion."', ''].join('\n');

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The severity of the document's unattributed-quote diagnostic, once it is `expected`. */
const severityBecomes = (uri: vscode.Uri, expected: vscode.DiagnosticSeverity) =>
  waitFor(`unattributed-quote at severity ${vscode.DiagnosticSeverity[expected]}`, () =>
    vscode.languages.getDiagnostics(uri).some((d) => d.source === 'NewsLens' && d.code === 'unattributed-quote' && d.severity === expected),
  );

describe('NewsLens configuration in VS Code', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  let folder: vscode.Uri;

  before(async () => {
    await vscode.extensions.getExtension('newslens.newslens')?.activate();
    const root = vscode.workspace.workspaceFolders?.[0];
    assert.ok(root, 'the test runs in a workspace');
    folder = vscode.Uri.joinPath(root.uri, `.newslens-config-test-${process.pid}`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('honours a .newslens.json in the article’s folder, and follows a change to it', async () => {
    const config = vscode.Uri.joinPath(folder, '.newslens.json');
    await vscode.workspace.fs.writeFile(
      config,
      encode('{\n  // this desk treats an unattributed quote as an error\n  "rules": { "unattributed-quote": "error" }\n}\n'),
    );
    const article = vscode.Uri.joinPath(folder, 'desk', 'story.article');
    await vscode.workspace.fs.writeFile(article, encode(ORPHAN_QUOTE));
    await vscode.window.showTextDocument(article);
    await severityBecomes(article, vscode.DiagnosticSeverity.Error);

    await vscode.workspace.fs.writeFile(config, encode('{ "rules": { "unattributed-quote": "hint" } }'));
    await severityBecomes(article, vscode.DiagnosticSeverity.Hint);
  });

  it('puts a problem in the config on the config file itself', async () => {
    const config = vscode.Uri.joinPath(folder, '.newslens.json');
    await vscode.workspace.fs.writeFile(config, encode('{ "rules": { "unattributed-quote": "loud" } }'));
    const problem = await waitFor('a diagnostic on the config', () =>
      vscode.languages.getDiagnostics(config).find((d) => d.source === 'NewsLens' && d.code === 'newslens-config'),
    );
    assert.equal(problem.range.start.character, '{ "rules": { "unattributed-quote": '.length);
  });
});
