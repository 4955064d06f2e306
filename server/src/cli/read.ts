/**
 * Reading for the command line: article files as the text an editor shows, the workspace entities
 * file, and I/O errors as one clear line (`no such file`, `permission denied`) rather than a stack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import type { Knowledge } from '../analysis/types';
import { decodeText } from '../decode';
import { builtinKnowledge, knowledgeWithEntitiesFiles } from '../knowledge/index';

/** The default place of the workspace entities file, relative to the current folder. */
export const ENTITIES_FILE = '.newslens/entities.json';

/** Reads a file as the text an editor would show (UTF-8, or UTF-16 with a byte-order mark). */
export function readText(path: string): string {
  return decodeText(path === '-' ? readFileSync(0) : readFileSync(path), path);
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};

/** An error reading `path` as one line: `no such file: 'x.txt'`, or decodeText's own message. */
export function ioMessage(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ERRNO[code]) return `${ERRNO[code]}: '${path}'`;
  return error instanceof Error ? error.message : String(error);
}

/** The knowledge the analysis uses, and the entities file's text so worker threads can rebuild it. */
export interface LoadedKnowledge {
  knowledge: Knowledge;
  entitiesJson?: string;
}

/**
 * The built-in knowledge with the entities file applied. Problems in the file are reported and the
 * valid part still applies; a file named on the command line that cannot be read stops the run
 * (unless it `mayBeMissing`, as the file an import is about to create).
 */
export function loadKnowledge(file: string | undefined, { mayBeMissing = false } = {}): LoadedKnowledge | undefined {
  const path = file ?? ENTITIES_FILE;
  if ((!file || mayBeMissing) && !existsSync(path)) return { knowledge: builtinKnowledge() };
  let json: string;
  try {
    json = readText(path);
  } catch (error) {
    process.stderr.write(`newslens: cannot read the entities file: ${ioMessage(error, path)}\n`);
    return undefined;
  }
  const { knowledge, problems } = knowledgeWithEntitiesFiles([json]);
  const starts = lineStarts(json);
  for (const problem of [...problems[0]].sort((a, b) => a.start - b.start)) {
    const { line, column } = lineColumn(starts, problem.start);
    process.stderr.write(`${path}:${line + 1}:${column + 1}: error entities-file: ${problem.message}\n`);
  }
  return { knowledge, entitiesJson: json };
}
