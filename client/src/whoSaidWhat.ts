/** The "Who Said What" view: the active article's speakers, each with their quotes. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface Speaker {
  id: string;
  name: string;
  role: string | null;
  range: LspRange | null;
  quotes: { text: string; range: LspRange }[];
}

type Node = { speaker: Speaker; uri: vscode.Uri } | { quote: Speaker['quotes'][number]; uri: vscode.Uri };

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class WhoSaidWhatProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'speaker' in node ? node.speaker.quotes.map((quote) => ({ quote, uri: node.uri })) : [];
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || !client?.isRunning()) return [];
    try {
      const speakers = await client.sendRequest<Speaker[]>('newslens/whoSaidWhat', { uri: document.uri.toString() });
      return speakers.map((speaker) => ({ speaker, uri: document.uri }));
    } catch {
      return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('speaker' in node) {
      const { speaker } = node;
      const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = speaker.role ?? (speaker.id ? 'no role given' : '');
      item.iconPath = new vscode.ThemeIcon(speaker.id ? 'person' : 'warning');
      if (speaker.range) item.command = { title: 'Reveal', command: 'newslens.reveal', arguments: [node.uri, toRange(speaker.range)] };
      return item;
    }
    const item = new vscode.TreeItem(node.quote.text, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { title: 'Reveal', command: 'newslens.reveal', arguments: [node.uri, toRange(node.quote.range)] };
    return item;
  }
}
