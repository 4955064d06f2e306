/**
 * A status bar item that says what the active article's sourcing looks like: "$(warning) 3
 * attribution gaps" or "$(check) sourced", a tooltip with the count per rule, and a click that opens
 * the Problems panel. It describes only articles: not NewsLens's own reports, nor other documents.
 */
import * as vscode from 'vscode';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'NewsLens';
    this.item.command = 'workbench.actions.view.problems';
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const languages = vscode.workspace.getConfiguration('newslens').get<string[]>('languages', []);
    if (!document || !languages.includes(document.languageId) || !/^(file|untitled)$/.test(document.uri.scheme)) {
      this.item.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'NewsLens');
    // The server's notice about the analysis itself (code 'newslens-notice', e.g. a document over the
    // size limit, analysed in part) is no attribution gap; the item says it apart.
    // and its warnings on suppression directives ('newslens-directive') are no attribution gaps.
    const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    const isNotice = (d: vscode.Diagnostic) => codeOf(d).startsWith('newslens-');
    const notice = ours.find((d) => codeOf(d) === 'newslens-notice');
    const findings = ours.filter((d) => !isNotice(d));
    const byCode = new Map<string, number>();
    for (const d of findings) {
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? 'other');
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
    const n = findings.length;
    const partial = notice && /over the limit/.test(notice.message);
    this.item.text = (n ? `$(warning) ${n} attribution gap${n === 1 ? '' : 's'}` : '$(check) sourced') + (partial ? ' (part checked)' : '');
    const tooltip = new vscode.MarkdownString(
      n ? `**NewsLens** found ${n} attribution gap${n === 1 ? '' : 's'} in this article:\n\n` : '**NewsLens**: no attribution gaps in this article.',
    );
    for (const [code, count] of [...byCode].sort((a, b) => b[1] - a[1])) tooltip.appendMarkdown(`- \`${code}\`: ${count}\n`);
    if (notice) tooltip.appendMarkdown(`\n${notice.message}\n`);
    tooltip.appendMarkdown('\nClick to open the Problems panel; `NewsLens: Show Attribution Report` gives the full report.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
