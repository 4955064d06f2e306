/** A status bar item with the active article's NewsLens findings; clicking it opens the report. */
import * as vscode from 'vscode';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'NewsLens';
    this.item.command = 'newslens.showReport';
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const languages = vscode.workspace.getConfiguration('newslens').get<string[]>('languages', []);
    // Only articles: not NewsLens's own reports, nor other virtual documents.
    if (!document || !languages.includes(document.languageId) || !/^(file|untitled)$/.test(document.uri.scheme)) {
      this.item.hide();
      return;
    }
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'NewsLens');
    this.item.text = findings.length ? `$(eye) NewsLens: ${findings.length}` : '$(eye) NewsLens';
    this.item.tooltip = findings.length
      ? `${findings.length} attribution finding${findings.length === 1 ? '' : 's'} in this article. Click for the report.`
      : 'No attribution findings. Click for the report.';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
