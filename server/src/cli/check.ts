/**
 * `newslens check`: every article the arguments name (or standard input), analyzed on one or more
 * threads, printed in the chosen format in argument order. Exit status: 0 when no finding is an error
 * and the warnings are within --max-warnings, 1 when not, 2 when an input or the entities file could
 * not be read (the other inputs are still checked and printed).
 */
import type { Knowledge, Severity } from '../analysis/types';
import { indexFor } from '../config/apply';
import type { LoadedConfig } from '../config/load';
import { reportMarkdown } from '../views/report';
import { toGithub, toJson, toJsonLine, toSarif, toText, type FileResult } from '../views/formats';
import { indexKnowledge } from '../analysis/entities/knowledge-index';
import { VERSION } from '../version';
import type { Options } from './args';
import type { Job, Outcome, Settings } from './analyze-file';
import { RunConfigs } from './configs';
import { expandInputs } from './inputs';
import { defaultJobs, runJobs } from './pool';
import { ioMessage, loadKnowledge, readText } from './read';
import { jsonlJobs } from './stdin-jsonl';

export async function check(options: Options, script: string): Promise<number> {
  const loaded = loadKnowledge(options.entities);
  if (!loaded) return 2;
  const settings: Settings = { rules: options.rules, maxLength: options.maxSize, entitiesJson: loaded.entitiesJson };
  let failed = false;
  const fail = (message: string) => {
    process.stderr.write(`newslens: ${message}\n`);
    failed = true;
  };

  const configs = new RunConfigs(options.config);
  const stdinConfig = () => configs.forFile(options.stdinFilename ?? 'stdin')?.file;
  let jobs: Iterable<Job> | AsyncIterable<Job>;
  let total: number | undefined;
  let threads = options.jobs;
  if (options.stdinFormat === 'jsonl') {
    const config = stdinConfig();
    jobs = withConfig(jsonlJobs(process.stdin), config);
    threads ??= 1;
  } else {
    const inputs = expandInputs(options.files, (file) => configs.covers(file));
    for (const problem of inputs.problems) fail(problem);
    jobs = inputs.files.map((path) =>
      path === '-' ? { ...stdinJob(options.stdinFilename ?? '-'), config: stdinConfig() } : { path, name: path, config: configs.forFile(path)?.file },
    );
    total = inputs.files.length;
    threads ??= defaultJobs(total);
  }

  const format = options.format;
  const results: FileResult[] = [];
  const progress = new Progress(total);
  let warnings = 0;
  let errors = 0;
  await runJobs(jobs, settings, threads, script, (outcome: Outcome) => {
    progress.tick();
    if (outcome.error !== undefined) {
      fail(outcome.error);
      // A JSONL stream keeps one output line per input line, so the consumer can join them back.
      if (format === 'jsonl' && outcome.id !== undefined)
        process.stdout.write(JSON.stringify({ version: 1, id: outcome.id, path: outcome.name, error: outcome.error }) + '\n');
      return;
    }
    const { name, text, analysis } = outcome;
    if (format !== 'text') for (const problem of analysis.problems) process.stderr.write(`newslens: ${name}: ${problem}\n`);
    const count = (severity: Severity) => analysis.findings.filter((f) => f.severity === severity).length;
    warnings += count('warning');
    errors += count('error');
    if (options.quiet) analysis.findings = analysis.findings.filter((f) => f.severity === 'error');
    const result = { path: name, text, analysis };
    // JSON Lines goes out file by file, so a pipeline can start on the first before the last is read.
    if (format === 'jsonl') process.stdout.write(toJsonLine(result, outcome.id));
    else results.push(result);
  });
  progress.end();

  if (format !== 'jsonl') process.stdout.write(render(format, results, loaded.knowledge, (name) => configs.forFile(name)));
  if (failed || configs.failed) return 2;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`newslens: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

async function* withConfig(jobs: AsyncIterable<Job>, config: string | undefined): AsyncIterable<Job> {
  for await (const job of jobs) yield { ...job, config };
}

/** Standard input, read on the main thread (a worker cannot), as a job with its text. */
function stdinJob(name: string): Job {
  try {
    return { name, text: readText('-') };
  } catch (error) {
    return { name, error: ioMessage(error, 'standard input') };
  }
}

function render(format: string, results: FileResult[], knowledge: Knowledge, configFor: (name: string) => LoadedConfig | undefined): string {
  switch (format) {
    case 'json':
      return toJson(results);
    case 'sarif':
      return toSarif(results, VERSION);
    case 'github':
      return toGithub(results);
    case 'markdown': {
      // Each report with its article's knowledge: the config's entities over the base.
      const base = { knowledge, index: indexKnowledge(knowledge) };
      return results.map((r) => reportMarkdown(r.path, r.text, r.analysis, indexFor(base, configFor(r.path)))).join('\n');
    }
    default:
      return toText(results);
  }
}

/** `checked 120/2000` on standard error, rewritten in place, on a terminal only (never in a pipe or a log). */
class Progress {
  private done = 0;
  private last = 0;
  private readonly show: boolean;

  constructor(private readonly total: number | undefined) {
    this.show = Boolean(process.stderr.isTTY) && (total === undefined || total > 1);
  }

  tick(): void {
    this.done++;
    if (!this.show) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done !== this.total) return;
    this.last = now;
    process.stderr.write(`\rnewslens: checked ${this.done}${this.total === undefined ? '' : `/${this.total}`}\x1b[K`);
  }

  end(): void {
    if (this.show && this.last) process.stderr.write('\r\x1b[K');
  }
}
