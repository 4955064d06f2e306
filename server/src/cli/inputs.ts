/**
 * What the command line's FILE arguments name: files as given, and folders walked recursively for
 * articles (.txt, .md, .article, .news), in a stable order, skipping hidden folders and node_modules.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_FILE } from '../decode';

/** The files the arguments name: each file as given, each folder's articles in sorted order. */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // A path that does not exist is reported when it is read, with the other files still checked.
    }
    if (isFolder) out.push(...articlesIn(arg));
    else out.push(arg);
  }
  return out;
}

function articlesIn(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...articlesIn(full));
    else if (ARTICLE_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
