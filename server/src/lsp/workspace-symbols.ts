/**
 * Workspace symbols (Ctrl+T): the people, threat actors and organizations of every article in the
 * workspace's folders, open or not. Files are found by extension, read and analysed on the first
 * request, and kept until they change (their size and modification time); open documents use the
 * session's analysis of what is on screen. Bounded so a huge folder cannot stall the server.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis/analyze';
import { isMarkdownFile } from '../analysis/text/markdown';
import type { Analysis } from '../analysis/types';
import { toRange } from './features/ranges';
import type { Session } from './session';
import { ARTICLE_FILE, decodeText } from '../decode';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test', 'test-results']);
const MAX_FILES = 2000;
const MAX_FILE_BYTES = 1_000_000;
const MAX_RESULTS = 500;

export class WorkspaceSymbols {
  private readonly cache = new Map<string, { key: string; document: TextDocument; analysis: Analysis }>();

  constructor(private readonly session: Session) {}

  async find(folders: string[], open: TextDocument[], query: string): Promise<SymbolInformation[]> {
    const analyses: { document: TextDocument; analysis: Analysis }[] = [];
    const openUris = new Set(open.map((d) => d.uri));
    for (const document of open) analyses.push({ document, analysis: await this.session.analysisOf(document) });
    for (const file of await articleFiles(folders)) {
      const uri = pathToFileURL(file).toString();
      if (openUris.has(uri)) continue;
      const found = await this.analysed(file, uri);
      if (found) analyses.push(found);
    }
    const wanted = query.toLowerCase();
    const out: SymbolInformation[] = [];
    for (const { document, analysis } of analyses) {
      const seen = new Set<string>();
      const add = (name: string, kind: SymbolKind, id: string, start: number, end: number, container: string) => {
        if (seen.has(id) || !name.toLowerCase().includes(wanted)) return;
        seen.add(id);
        out.push({ name, kind, containerName: container, location: { uri: document.uri, range: toRange(document, { start, end }) } });
      };
      const file = path.basename(fileURLToPath(document.uri));
      for (const p of analysis.people)
        if (p.mentions[0]) add(p.name, SymbolKind.Constructor, p.id, p.mentions[0].start, p.mentions[0].end, p.role ? `${p.role} · ${file}` : file);
      for (const e of analysis.entities) {
        if (e.kind === 'actor') add(e.name, SymbolKind.Class, e.id, e.start, e.end, `threat actor · ${file}`);
        else if (e.kind === 'organization') add(e.name, SymbolKind.Module, e.id, e.start, e.end, `organization · ${file}`);
      }
      if (out.length >= MAX_RESULTS) break;
    }
    return out.slice(0, MAX_RESULTS);
  }

  /** A file's analysis, from the cache while its size and modification time are unchanged. */
  private async analysed(file: string, uri: string): Promise<{ document: TextDocument; analysis: Analysis } | null> {
    try {
      const info = await stat(file);
      if (info.size > MAX_FILE_BYTES) return null;
      const key = `${info.size}:${info.mtimeMs}`;
      const cached = this.cache.get(file);
      if (cached?.key === key) return cached;
      const text = decodeText(await readFile(file), file);
      const document = TextDocument.create(uri, 'article', 0, text);
      const entry = { key, document, analysis: analyze(text, this.session.base.index, { markdown: isMarkdownFile(file) }) };
      this.cache.set(file, entry);
      return entry;
    } catch {
      return null;
    }
  }

  /**
   * The roles other articles give a person of this name: from the open documents and from the
   * workspace files already read for symbols (nothing is read for this), at most five.
   */
  rolesElsewhere(uri: string, name: string): { file: string; role: string }[] {
    const out: { file: string; role: string }[] = [];
    const sources: [string, Analysis][] = [
      ...this.session.latestAnalyses(),
      ...[...this.cache.values()].map((e): [string, Analysis] => [e.document.uri, e.analysis]),
    ];
    const seen = new Set<string>([uri]);
    for (const [other, analysis] of sources) {
      if (seen.has(other)) continue;
      seen.add(other);
      const person = analysis.people.find((p) => p.name === name && p.role);
      if (person) out.push({ file: path.basename(decodeURIComponent(other.replace(/^[a-z]+:\/\//, ''))), role: person.role! });
      if (out.length === 5) break;
    }
    return out;
  }

  /** Knowledge changed: every cached analysis is stale. */
  clear(): void {
    this.cache.clear();
  }
}

/** Article files under the folders (file: URIs), breadth first, at most MAX_FILES. */
async function articleFiles(folders: string[]): Promise<string[]> {
  const files: string[] = [];
  const queue = folders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  while (queue.length && files.length < MAX_FILES) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) queue.push(path.join(dir, entry.name));
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name) && files.length < MAX_FILES) files.push(path.join(dir, entry.name));
    }
  }
  return files;
}
