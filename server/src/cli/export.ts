/**
 * `newslens export`: the analyses for annotation tools. `--format webannotation` prints one W3C Web
 * Annotation collection (JSON-LD) for all the articles; `--format brat` writes brat standoff, `NAME.ann`
 * beside each article, or under `--out DIR` (keeping the articles' folders) with each text copied as
 * `NAME.txt` and brat's `annotation.conf`, ready to open in brat or import into INCEpTION.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BRAT_CONF, toBrat } from '../views/brat';
import { type AnnotatedArticle, toWebAnnotation } from '../views/webannotation';
import type { Options } from './args';
import type { Job, Outcome } from './analyze-file';
import { RunConfigs } from './configs';
import { expandInputs } from './inputs';
import { defaultJobs, runJobs } from './pool';
import { ioMessage, loadKnowledge, readText } from './read';

export async function exportAnnotations(options: Options): Promise<number> {
  const loaded = loadKnowledge(options.entities);
  if (!loaded) return 2;
  let failed = false;
  const fail = (message: string) => {
    process.stderr.write(`newslens: ${message}\n`);
    failed = true;
  };
  const configs = new RunConfigs(options.config);
  const inputs = expandInputs(options.files, (file) => configs.covers(file));
  inputs.problems.forEach(fail);
  if (options.format === 'brat' && inputs.files.includes('-') && !options.out) {
    fail('brat needs a folder for standard input: give --out DIR');
    inputs.files = inputs.files.filter((f) => f !== '-');
  }
  const jobs: Job[] = inputs.files.map((file) => {
    if (file !== '-') return { path: file, name: file, config: configs.forFile(file)?.file };
    const name = options.stdinFilename ?? 'stdin.txt';
    try {
      return { name, text: readText('-'), config: configs.forFile(name)?.file };
    } catch (error) {
      return { name, error: ioMessage(error, 'standard input') };
    }
  });
  const outcomes: Extract<Outcome, { text: string }>[] = [];
  const settings = { rules: options.rules, maxLength: options.maxSize, entitiesJson: loaded.entitiesJson };
  await runJobs(jobs, settings, options.jobs ?? defaultJobs(jobs.length), __filename, (outcome) => {
    if (outcome.error !== undefined) fail(outcome.error);
    else outcomes.push(outcome);
  });

  if (options.format === 'webannotation') {
    const base = options.base ?? pathToFileURL(process.cwd()).href + '/';
    const articles: AnnotatedArticle[] = outcomes.map((o) => ({ uri: articleUri(o.name, base), text: o.text, analysis: o.analysis }));
    process.stdout.write(toWebAnnotation(articles));
  } else {
    for (const o of outcomes) {
      try {
        for (const written of writeBrat(o.name, o.text, toBrat(o.text, o.analysis), options.out)) process.stdout.write(written + '\n');
      } catch (error) {
        fail(`cannot write the brat files of ${o.name}: ${ioMessage(error, o.name)}`);
      }
    }
  }
  return failed || configs.failed ? 2 : 0;
}

/** The article's URI under `base`: its path relative to the current folder, each segment escaped. */
function articleUri(name: string, base: string): string {
  const relative = path.relative(process.cwd(), path.resolve(name)).split(path.sep);
  return new URL(relative.map(encodeURIComponent).join('/'), base).href;
}

/** Writes `.ann` beside the article, or `.ann`, `.txt` and `annotation.conf` under `out`; returns the files written. */
function writeBrat(name: string, text: string, ann: string, out: string | undefined): string[] {
  const stem = name.replace(/\.[^./\\]+$/, '');
  if (!out) {
    writeFileSync(`${stem}.ann`, ann);
    return [`${stem}.ann`];
  }
  // Keep the article's folders under `out`, unless it lies outside the current folder.
  const relative = path.relative(process.cwd(), path.resolve(stem));
  const target = path.join(out, relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(stem) : relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(`${target}.ann`, ann);
  writeFileSync(`${target}.txt`, text);
  writeFileSync(path.join(out, 'annotation.conf'), BRAT_CONF);
  return [`${target}.ann`, `${target}.txt`];
}
