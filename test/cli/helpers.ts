/**
 * Running the bundled CLI (`server/out/cli.js`) as users and other tools do, and golden files: the
 * expected output of each format, in test/snapshots, rewritten with `UPDATE_SNAPSHOTS=1 npm run
 * test:cli` after an intended change (then review the diff).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'server/out/cli.js');
const SNAPSHOTS = path.join(ROOT, 'test/snapshots');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newslens ARGS` in `cwd` (the repository by default) with `input` on standard input. */
export function run(args: string[], options: { input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    input: options.input ?? '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Compares `actual` with the golden file `name` (written when missing or when UPDATE_SNAPSHOTS is set). */
export function golden(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, name);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file; run UPDATE_SNAPSHOTS=1 npm run test:cli and review the diff.`);
}
