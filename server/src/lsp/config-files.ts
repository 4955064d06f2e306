/**
 * The `.newslens.json` files as the language server sees them: the config of each open article
 * (through the shared `config/` module the command line uses too), their problems shown as
 * diagnostics on the config file itself (and on an entities file a config names), and a change to
 * any of them taking effect without a reload.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Connection, type FileEvent, FileChangeType } from 'vscode-languageserver';
import { ConfigResolver, type LoadedConfig } from '../config/load';
import { CONFIG_FILE } from '../config/parse';
import { fileProblemDiagnostics } from './features/diagnostics';

export class ConfigFiles {
  private resolver = new ConfigResolver();
  /** The config last shown for each config file, so its diagnostics are sent once per reading. */
  private readonly shown = new Map<string, LoadedConfig>();
  /** Files that got diagnostics (config files and the entities files they name), by URI. */
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** The workspace folders (URIs): the walk up from an article never passes one. */
  setFolders(folders: readonly string[]): void {
    const stops = folders.filter((f) => f.startsWith('file:')).map((f) => path.resolve(fileURLToPath(f)));
    this.resolver = new ConfigResolver(stops);
  }

  /** The config of a document; none for a document that is not a file on disk. */
  forDocument(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const config = this.resolver.forFile(fileURLToPath(uri));
    if (config) this.show(config);
    return config;
  }

  /** Whether a changed file is a config, or a file a config reads. */
  isConfigFile(uri: string): boolean {
    return uri.endsWith('/' + CONFIG_FILE) || this.reported.has(uri);
  }

  /**
   * Config files changed on disk: every lookup is forgotten (a config created or deleted changes
   * which one is nearest), a changed config is read at once so its problems show even with no article
   * open, and a deleted one loses its diagnostics.
   */
  changed(changes: readonly FileEvent[]): void {
    this.resolver.clear();
    for (const { uri, type } of changes) {
      if (!uri.startsWith('file:') || !uri.endsWith('/' + CONFIG_FILE)) continue;
      const file = path.resolve(fileURLToPath(uri));
      if (type === FileChangeType.Deleted) {
        this.shown.delete(file);
        this.clear(uri);
      } else this.show(this.resolver.load(file));
    }
  }

  /** Sends the diagnostics of a config's files, once per reading of it. */
  private show(config: LoadedConfig): void {
    const previous = this.shown.get(config.file);
    if (previous === config) return;
    this.shown.set(config.file, config);
    const uris = config.reports.map((r) => pathToFileURL(r.file).toString());
    // An entities file the config no longer names loses the diagnostics it had through it.
    for (const r of previous?.reports ?? []) {
      const uri = pathToFileURL(r.file).toString();
      if (!uris.includes(uri)) this.clear(uri);
    }
    config.reports.forEach(({ text, code, problems }, i) => {
      const uri = uris[i];
      this.connection.sendDiagnostics({ uri, diagnostics: fileProblemDiagnostics(uri, 'jsonc', text, code, problems) });
      this.reported.add(uri);
    });
  }

  private clear(uri: string): void {
    if (this.reported.delete(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
