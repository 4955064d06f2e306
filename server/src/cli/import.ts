/**
 * `newslens import --format brat FILE.ann...`: reads annotations a person corrected in brat or
 * INCEpTION (from `newslens export --format brat`) and writes what NewsLens missed or got wrong into
 * the workspace entities file, so that the editor and the command line find it from then on.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readBrat } from '../views/brat';
import type { Options } from './args';
import { analyzeJob, threadIndex } from './analyze-file';
import { type EntityEntry, type Section, corrections, mergeEntries } from './brat-corrections';
import { ENTITIES_FILE, ioMessage, loadKnowledge, readText } from './read';

/** The article a `.ann` annotates: brat's `NAME.txt`, else an article of the same name. */
function textOf(ann: string): string | undefined {
  const stem = ann.replace(/\.ann$/i, '');
  return ['.txt', '.article', '.news', '.md', '.markdown'].map((ext) => stem + ext).find((file) => existsSync(file));
}

export async function importBrat(options: Options): Promise<number> {
  const loaded = loadKnowledge(options.entities, { mayBeMissing: true });
  if (!loaded) return 2;
  const settings = { rules: options.rules, maxLength: options.maxSize, entitiesJson: loaded.entitiesJson };
  const index = threadIndex(settings);
  let failed = false;
  const fail = (message: string) => {
    process.stderr.write(`newslens: ${message}\n`);
    failed = true;
  };
  const all: Record<Section, EntityEntry[]> = { actors: [], people: [], organizations: [] };
  for (const ann of options.files) {
    const articleFile = textOf(ann);
    if (!articleFile) {
      fail(`no text beside ${ann}: brat keeps it as ${ann.replace(/\.ann$/i, '')}.txt`);
      continue;
    }
    let annText: string;
    try {
      annText = readText(ann);
    } catch (error) {
      fail(ioMessage(error, ann));
      continue;
    }
    const outcome = analyzeJob({ path: articleFile, name: articleFile }, index, settings);
    if (outcome.error !== undefined) {
      fail(outcome.error);
      continue;
    }
    const doc = readBrat(annText, outcome.text);
    for (const problem of doc.problems) fail(`${ann}: ${problem}`);
    const found = corrections(doc, outcome.analysis);
    for (const section of Object.keys(all) as Section[]) all[section].push(...found.entries[section]);
    const count = Object.values(found.entries).reduce((n, list) => n + list.length, 0);
    const notes = [`${count} correction${count === 1 ? '' : 's'}`];
    if (found.removed) notes.push(`${found.removed} mention${found.removed === 1 ? '' : 's'} deleted in brat (the entities file cannot remove them)`);
    if (found.skipped) notes.push(`${found.skipped} country correction${found.skipped === 1 ? '' : 's'} skipped (countries are built in)`);
    process.stderr.write(`newslens: ${ann}: ${notes.join('; ')}\n`);
  }

  const target = options.entities ?? ENTITIES_FILE;
  let current: Record<string, unknown> = {};
  if (existsSync(target)) {
    try {
      current = JSON.parse(readFileSync(target, 'utf8'));
    } catch (error) {
      fail(`cannot update ${target}: ${error instanceof Error ? error.message : error} (use --dry-run and merge by hand)`);
      return 2;
    }
  }
  const merged = mergeEntries(current, all);
  const json = JSON.stringify(merged.file, null, 2) + '\n';
  if (options.dryRun) process.stdout.write(json);
  else if (merged.added + merged.updated > 0) {
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, json);
    } catch (error) {
      fail(`cannot write ${target}: ${ioMessage(error, target)}`);
    }
  }
  process.stderr.write(`newslens: ${target}: ${merged.added} added, ${merged.updated} updated${options.dryRun ? ' (dry run, not written)' : ''}\n`);
  return failed ? 2 : 0;
}
