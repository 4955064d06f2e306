/**
 * The workspace entities files (`newslens.entitiesFile` in each workspace folder): read from disk,
 * merged over the built-in knowledge, and their problems shown as diagnostics on the file itself.
 * A broken file never stops the rest: whatever is valid in it applies, and the built-in knowledge
 * stays in force.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { knowledgeWithEntitiesFiles } from '../knowledge/index';
import { fileProblemDiagnostics } from './features/diagnostics';
import type { Session } from './session';

/** Files larger than this are not read: an entities file is a short list, not a data dump. */
const MAX_BYTES = 5_000_000;

export class UserEntities {
  /** Workspace folder URIs, as the client gave them. */
  folders: string[] = [];
  /** Files that got diagnostics last time, so they can be cleared when fixed or deleted. */
  private readonly reported = new Set<string>();
  /** Whether an entities file's knowledge is in force; without one the built-in index stands. */
  private custom = false;

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
  ) {}

  /** Whether a changed file is one of the entities files. */
  isEntitiesFile(uri: string): boolean {
    return /[\\/]\.newslens[\\/][^\\/]+\.json$/.test(uri) || this.reported.has(uri);
  }

  /**
   * Reads every folder's entities file and puts the merged knowledge in force. Resolves true when the
   * knowledge changed (so open documents need analysing again), false when there was nothing to load
   * and the built-in knowledge stands, which spares a cold start rebuilding the same index.
   */
  async reload(): Promise<boolean> {
    const files: { uri: string; content: string; problem?: string }[] = [];
    for (const folder of this.folders) {
      if (!folder.startsWith('file:')) continue;
      const settings = await this.session.settingsFor(folder);
      const file = path.resolve(fileURLToPath(folder), settings.entitiesFile);
      const text = await readText(file);
      if (text !== undefined) files.push({ uri: pathToFileURL(file).toString(), ...text });
    }
    if (files.length === 0 && !this.custom && this.reported.size === 0) return false;
    const { knowledge, problems: parsed } = knowledgeWithEntitiesFiles(files.map((f) => (f.problem ? undefined : f.content)));
    const reportedNow = new Set<string>();
    files.forEach(({ uri, content, problem }, i) => {
      const problems = problem ? [{ message: problem, start: 0, end: 0 }] : parsed[i];
      this.connection.sendDiagnostics({ uri, diagnostics: fileProblemDiagnostics(uri, 'json', content, 'entities-file', problems) });
      reportedNow.add(uri);
    });
    for (const uri of this.reported) if (!reportedNow.has(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.reported.clear();
    for (const uri of reportedNow) this.reported.add(uri);
    this.custom = files.length > 0;
    this.session.setKnowledge(knowledge);
    return true;
  }
}

/** The file's text; undefined when it does not exist; a problem when it cannot be used. */
async function readText(file: string): Promise<{ content: string; problem?: string } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { content: '', problem: `NewsLens could not read this file: ${(error as Error).message}` };
  }
  if (bytes.length > MAX_BYTES)
    return { content: '', problem: `This file is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit for an entities file; it was ignored.` };
  const content = bytes.toString('utf8');
  return { content: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content };
}
