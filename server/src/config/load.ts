/**
 * Finding and reading `.newslens.json` files, for the language server and the command line alike. A
 * config applies to the articles in its folder and every folder below it; the walk up from an
 * article stops at the first config found (the nearest wins, whole), at a folder that holds `.git`
 * (the repository's root), at a workspace folder, or at the filesystem's root.
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import type { JsonProblem } from '../knowledge/jsonc';
import { parseUserEntities } from '../knowledge/user';
import { CONFIG_FILE, type ConfigData, parseConfig } from './parse';

/** Files larger than this are not read: a config or an entities file is a short list. */
const MAX_BYTES = 5_000_000;

/** The problems of one file a config consists of, with the file's text to place them. */
export interface ConfigReport {
  /** Absolute path. */
  file: string;
  text: string;
  /** `newslens-config` for the config file itself, `entities-file` for an entities file it names. */
  code: 'newslens-config' | 'entities-file';
  problems: JsonProblem[];
}

/** A config file read from disk: what it sets (the valid part), where it is, and its problems. */
export interface LoadedConfig extends ConfigData {
  /** Absolute path of the `.newslens.json`. */
  file: string;
  /** Its folder, which `include`, `exclude` and an entities path are relative to. */
  dir: string;
  /** The config file's problems, then those of an entities file it names (each with its text). */
  reports: ConfigReport[];
}

/**
 * Reads configs with a cache, so checking many articles reads each config once; a config whose
 * file changed (size or modification time) is read again. `stops` are folders the walk up never
 * passes (the workspace folders).
 */
export class ConfigResolver {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, { stamp: string; config: LoadedConfig }>();

  /** What a config's freshness depends on: its own file and the entities file it names. */
  private static stamp(file: string, config?: LoadedConfig): string {
    const entities = config?.reports.find((r) => r.code === 'entities-file');
    return stampOf(file) + (entities ? `|${stampOf(entities.file)}` : '');
  }

  constructor(private readonly stops: readonly string[] = []) {}

  /** The config that applies to an article (by its path), or undefined when none does. */
  forFile(file: string): LoadedConfig | undefined {
    const found = this.find(path.dirname(path.resolve(file)));
    return found ? this.load(found) : undefined;
  }

  /** The nearest config file at or above `dir`, within the stops. */
  find(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    let found: string | undefined;
    const candidate = path.join(dir, CONFIG_FILE);
    const parent = path.dirname(dir);
    if (isFile(candidate)) found = candidate;
    else if (parent !== dir && !this.stops.includes(dir) && !exists(path.join(dir, '.git'))) found = this.find(parent);
    this.nearest.set(dir, found);
    return found;
  }

  /** A config file, read (again if it changed since). A missing or unreadable file is a problem on itself. */
  load(file: string): LoadedConfig {
    const absolute = path.resolve(file);
    const cached = this.loaded.get(absolute);
    if (cached && cached.stamp === ConfigResolver.stamp(absolute, cached.config)) return cached.config;
    const config = readConfig(absolute);
    this.loaded.set(absolute, { stamp: ConfigResolver.stamp(absolute, config), config });
    return config;
  }

  /** Forgets every lookup and every file read (a config was created, changed or deleted). */
  clear(): void {
    this.nearest.clear();
    this.loaded.clear();
  }
}

/** Reads and checks one config file, and the entities file it names. */
export function readConfig(file: string): LoadedConfig {
  const dir = path.dirname(file);
  const read = readSmall(file);
  const { config, problems } = parseConfig(read.text);
  if (read.problem) problems.unshift({ message: `This config could not be used: ${read.problem}`, start: 0, end: 0 });
  const loaded: LoadedConfig = { ...config, file, dir, reports: [{ file, text: read.text, code: 'newslens-config', problems }] };
  if (config.entitiesPath) {
    const entitiesFile = path.resolve(dir, config.entitiesPath);
    const entities = readSmall(entitiesFile);
    if (entities.problem) {
      problems.push({
        message: `The entities file "${config.entitiesPath}" could not be used: ${entities.problem}`,
        ...entitiesSpan(read.text, config.entitiesPath),
      });
    } else {
      const parsed = parseUserEntities(entities.text);
      loaded.entities = parsed.additions;
      loaded.reports.push({ file: entitiesFile, text: entities.text, code: 'entities-file', problems: parsed.problems });
    }
  }
  return loaded;
}

/**
 * A config's problems as compiler-style lines (`path:line:column: error code: message`), for the
 * command line; paths below the working folder are given relative to it.
 */
export function problemLines(config: LoadedConfig): string[] {
  return config.reports.flatMap(({ file, text, code, problems }) => {
    const starts = lineStarts(text);
    const relative = path.relative(process.cwd(), file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return problems.map((p) => {
      const { line, column } = lineColumn(starts, p.start);
      return `${shown}:${line + 1}:${column + 1}: error ${code}: ${p.message}`;
    });
  });
}

/** Where the entities path stands in the config's text, for a problem about it. */
function entitiesSpan(text: string, value: string): { start: number; end: number } {
  const at = text.indexOf(JSON.stringify(value).slice(1, -1));
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + value.length };
}

/** A user file's text (UTF-8, byte-order mark dropped), or a problem that says why it cannot be used. */
function readSmall(file: string): { text: string; problem?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { text: '', problem: code === 'ENOENT' ? 'no such file.' : `it cannot be read (${(error as Error).message}).` };
  }
  if (bytes.length > MAX_BYTES) return { text: '', problem: `it is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit; it was ignored.` };
  const text = bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function stampOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
