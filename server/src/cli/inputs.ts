/**
 * What the command line's FILE arguments name: files as given, folders walked recursively for
 * articles (.txt, .md, .article, .news), and glob patterns (`'drafts/**\/*.md'`, quoted so the shell
 * leaves them to us, as on Windows), in a stable order, each file once, skipping hidden folders and
 * node_modules.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ARTICLE_FILE } from '../decode';

/** The files the arguments name, and a message for each argument that names none. */
export interface Inputs {
  files: string[];
  problems: string[];
}

/**
 * The files the arguments name: each file as given, each folder's and each glob's articles in sorted
 * order, those `covered` (by their config's include and exclude patterns; a file named is always checked).
 */
export function expandInputs(args: readonly string[], covered: (file: string) => boolean = () => true): Inputs {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = file === '-' ? file : path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    let kind: 'folder' | 'file' | 'none' = 'none';
    try {
      kind = statSync(arg).isDirectory() ? 'folder' : 'file';
    } catch {
      // Not a path: a glob, or a missing file reported when it is read, with the other files still checked.
    }
    if (kind === 'folder') {
      for (const file of articlesIn(arg, problems)) if (covered(file)) add(file);
    } else if (kind === 'none' && isDynamicPattern(arg)) {
      const matches = globMatches(arg);
      if (matches.length === 0) problems.push(`no article matches '${arg}'`);
      for (const file of matches) if (covered(file)) add(file);
    } else add(arg);
  }
  return { files, problems };
}

/** The articles a glob pattern matches, sorted; an absolute pattern gives absolute paths. */
function globMatches(pattern: string): string[] {
  const posix = pattern.split(path.sep).join('/');
  return globSync(posix, { onlyFiles: true, absolute: path.isAbsolute(pattern), ignore: ['**/node_modules/**'], expandDirectories: false })
    .filter((file) => ARTICLE_FILE.test(file))
    .sort();
}

function articlesIn(folder: string, problems: string[]): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`cannot read the folder ${folder}: ${error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : error}`);
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...articlesIn(full, problems));
    else if (ARTICLE_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
