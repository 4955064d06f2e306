/**
 * The server's state: the knowledge in force, each document's settings, and the latest analysis of
 * each document version. Requests read from here; nothing here knows about individual LSP features.
 */
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_MAX_LENGTH } from '../analysis/analyze';
import { indexKnowledge, type KnowledgeIndex } from '../analysis/entities/knowledge-index';
import { SEVERITIES, type Analysis, type HiddenFinding, type Knowledge, type RuleSettings } from '../analysis/types';
import { analyzeWithConfig, isIncluded } from '../config/apply';
import type { LoadedConfig } from '../config/load';
import { builtinKnowledge } from '../knowledge/index';
import type { InlayHintSettings } from './features/inlay-hints';

/** The `newslens.*` settings the server reads, per document. */
export interface Settings {
  rules: RuleSettings;
  hiddenFindings: HiddenFinding[];
  maxFileSize: number;
  entitiesFile: string;
  inlayHints: InlayHintSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  hiddenFindings: [],
  maxFileSize: DEFAULT_MAX_LENGTH,
  entitiesFile: '.newslens/entities.json',
  inlayHints: { speakers: true, actorNames: true },
};

export class Session {
  /** The knowledge in force before any `.newslens.json`: the built-in one and the workspace entities files. */
  base: { knowledge: Knowledge; index: KnowledgeIndex } = { knowledge: builtinKnowledge(), index: indexKnowledge(builtinKnowledge()) };
  /** The `.newslens.json` that applies to a document (set by the server; none by default). */
  configFor: (uri: string) => LoadedConfig | undefined = () => undefined;
  /** Whether the client answers `workspace/configuration`; otherwise defaults apply. */
  canReadConfiguration = false;
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly analyses = new Map<string, { version: number; analysis: Analysis; index: KnowledgeIndex }>();

  constructor(private readonly connection: Connection) {}

  /** The settings of a document, asked of the client once and cached until they change. */
  settingsFor(uri: string): Promise<Settings> {
    if (!this.canReadConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let found = this.settings.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'newslens' })
        .then((raw: Partial<Settings> | null) => normalizeSettings(raw))
        .catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, found);
    }
    return found;
  }

  /** The analysis of the document's current version, computed at most once per version. */
  async analysisOf(document: TextDocument): Promise<Analysis> {
    const cached = this.analyses.get(document.uri);
    if (cached?.version === document.version) return cached.analysis;
    const settings = await this.settingsFor(document.uri);
    const again = this.analyses.get(document.uri);
    if (again?.version === document.version) return again.analysis;
    // The editor's settings apply on top of the document's config, where the user set them.
    const config = this.configFor(document.uri);
    const { analysis, index } = analyzeWithConfig(document.getText(), this.base, config, {
      rules: settings.rules,
      hidden: settings.hiddenFindings,
      maxLength: settings.maxFileSize,
      markdown: document.languageId === 'markdown',
    });
    // A file the config's include/exclude leaves out gets no findings, as on the command line.
    if (config && !isIncluded(config, fileURLToPath(document.uri))) analysis.findings = [];
    this.analyses.set(document.uri, { version: document.version, analysis, index });
    return analysis;
  }

  /** The knowledge index a document was last analysed with (its config's entities included). */
  indexOf(uri: string): KnowledgeIndex {
    return this.analyses.get(uri)?.index ?? this.base.index;
  }

  /** The latest analysis of every open document, by URI (what the session has already computed). */
  latestAnalyses(): [string, Analysis][] {
    return [...this.analyses].map(([uri, entry]) => [uri, entry.analysis]);
  }

  /** Settings or knowledge changed: every cached result is stale. */
  invalidate(): void {
    this.settings.clear();
    this.analyses.clear();
  }

  forget(uri: string): void {
    this.settings.delete(uri);
    this.analyses.delete(uri);
  }

  setKnowledge(knowledge: Knowledge): void {
    this.base = { knowledge, index: indexKnowledge(knowledge) };
    this.analyses.clear();
  }
}

const SETTING_SEVERITIES = new Set<string>([...SEVERITIES, 'off']);

/** Settings as the client sent them, with anything malformed replaced by its default. */
export function normalizeSettings(raw: Partial<Settings> | null | undefined): Settings {
  const rules: RuleSettings = {};
  if (raw?.rules && typeof raw.rules === 'object') {
    for (const [code, severity] of Object.entries(raw.rules)) {
      if (typeof severity === 'string' && SETTING_SEVERITIES.has(severity)) (rules as Record<string, string>)[code] = severity;
    }
  }
  const maxFileSize = typeof raw?.maxFileSize === 'number' && raw.maxFileSize >= 0 ? raw.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const entitiesFile = typeof raw?.entitiesFile === 'string' && raw.entitiesFile ? raw.entitiesFile : DEFAULT_SETTINGS.entitiesFile;
  const hiddenFindings = Array.isArray(raw?.hiddenFindings)
    ? raw.hiddenFindings.filter((h): h is HiddenFinding => typeof h?.code === 'string' && typeof h?.text === 'string')
    : [];
  const hints = (raw?.inlayHints ?? {}) as Partial<InlayHintSettings>;
  const inlayHints = {
    speakers: typeof hints.speakers === 'boolean' ? hints.speakers : DEFAULT_SETTINGS.inlayHints.speakers,
    actorNames: typeof hints.actorNames === 'boolean' ? hints.actorNames : DEFAULT_SETTINGS.inlayHints.actorNames,
  };
  return { rules, hiddenFindings, maxFileSize, entitiesFile, inlayHints };
}
