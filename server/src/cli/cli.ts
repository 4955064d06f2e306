/**
 * The `newslens` command line: `newslens check [options] FILE...`. It runs the same `analyze()` as the
 * language server, so every rule shows in both. Exit status: 0 when no finding is an error (and the
 * warnings are within --max-warnings), 1 when one is (or they are not), 2 when the command itself
 * could not run (bad arguments, unreadable file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_MAX_LENGTH } from '../analysis/analyze';
import { indexKnowledge } from '../analysis/entities/knowledge-index';
import { RULES } from '../analysis/rules/index';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import { SEVERITIES, type Knowledge, type RuleCode, type RuleSettings, type Severity } from '../analysis/types';
import { VERSION } from '../version';
import { decodeText } from '../decode';
import { isMarkdownFile } from '../analysis/text/markdown';
import { expandInputs } from './inputs';
import { reportMarkdown } from '../views/report';
import { toGithub, toJson, toJsonLine, toSarif, toText, type FileResult } from '../views/formats';
import { builtinKnowledge, knowledgeWithEntitiesFiles } from '../knowledge/index';
import { analyzeWithConfig } from '../config/apply';
import { ConfigResolver, problemLines, type LoadedConfig } from '../config/load';

const USAGE = `Usage: newslens check [options] FILE...

Checks who is who and who said what in news articles.

Options:
  --format text|json|jsonl|markdown|sarif|github
                                      Output format (default: text); jsonl prints one JSON object per
                                      file as each is checked; github prints workflow annotations
  --rule CODE=SEVERITY                Set a rule to error, warning, information, hint or off (repeatable)
  --config FILE                       Use this config for every file, instead of the nearest .newslens.json
                                      found from each file's folder up to the repository's root
  --entities FILE                     Workspace entities file (default: .newslens/entities.json if present)
  --quiet                             Report errors only (findings at error severity)
  --max-warnings N                    Exit with 1 when there are more than N warnings
  --stdin-filename NAME               The name standard input (-) is reported under; .md reads it as Markdown
  --max-size N                        Analyze only the first N characters of longer files, to a paragraph end (default: ${DEFAULT_MAX_LENGTH})
  -h, --help                          Show this help
  -v, --version                       Show the version

FILE may be a folder (its .txt, .md, .article and .news files, recursively) or - to read standard input. Rules: ${RULES.map((r) => r.code).join(', ')}.`;

const FORMATS = ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  rules: RuleSettings;
  maxSize: number;
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  entities?: string;
  config?: string;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' | 'version' {
  const options: Options = { format: 'text', rules: {}, maxSize: DEFAULT_MAX_LENGTH, quiet: false, files: [] };
  if (args[0] === '-h' || args[0] === '--help' || args.length === 0) return 'help';
  if (args[0] === '-v' || args[0] === '--version') return 'version';
  if (args[0] !== 'check') throw new UsageError(`Unknown command '${args[0]}'. Did you mean 'newslens check ${args.join(' ')}'?`);
  const codes = new Set<string>(RULES.map((r) => r.code));
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    const value = (name: string) => {
      const inline = arg.includes('=') && arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      if (i + 1 >= args.length) throw new UsageError(`${name} needs a value.`);
      return args[++i];
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = value('--format');
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format '${format}': use ${FORMATS.join(', ')}.`);
      options.format = format as Format;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const [code, severity] = value('--rule').split('=');
      if (!codes.has(code)) throw new UsageError(`Unknown rule '${code}'. Rules: ${[...codes].join(', ')}.`);
      if (![...SEVERITIES, 'off'].includes(severity)) throw new UsageError(`Unknown severity '${severity}' for ${code}.`);
      options.rules[code as RuleCode] = severity as Severity | 'off';
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      options.config = value('--config');
    } else if (arg === '--entities' || arg.startsWith('--entities=')) {
      options.entities = value('--entities');
    } else if (arg === '--stdin-filename' || arg.startsWith('--stdin-filename=')) {
      options.stdinFilename = value('--stdin-filename');
    } else if (arg === '--quiet' || arg === '-q') {
      options.quiet = true;
    } else if (arg === '--max-warnings' || arg.startsWith('--max-warnings=')) {
      options.maxWarnings = Number(value('--max-warnings'));
      if (!Number.isInteger(options.maxWarnings) || options.maxWarnings < 0) throw new UsageError('--max-warnings needs a whole number, 0 or more.');
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      options.maxSize = Number(value('--max-size'));
      if (!Number.isFinite(options.maxSize) || options.maxSize < 0) throw new UsageError('--max-size needs a non-negative number.');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option '${arg}'.`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('No files given.');
  return options;
}

/** Reads a file as the text an editor would show (UTF-8, or UTF-16 with a byte-order mark). */
function readText(path: string): string {
  return decodeText(path === '-' ? readFileSync(0) : readFileSync(path), path);
}

/**
 * The built-in knowledge with the entities file applied. Problems in the file are reported and the
 * valid part still applies; a file named on the command line that cannot be read stops the run.
 */
function loadKnowledge(file: string | undefined): Knowledge | undefined {
  const path = file ?? '.newslens/entities.json';
  if (!file && !existsSync(path)) return builtinKnowledge();
  let json: string;
  try {
    json = readText(path);
  } catch (error) {
    process.stderr.write(`newslens: cannot read the entities file ${path}: ${error instanceof Error ? error.message : error}\n`);
    return undefined;
  }
  const { knowledge, problems } = knowledgeWithEntitiesFiles([json]);
  const starts = lineStarts(json);
  for (const problem of [...problems[0]].sort((a, b) => a.start - b.start)) {
    const { line, column } = lineColumn(starts, problem.start);
    process.stderr.write(`${path}:${line + 1}:${column + 1}: error entities-file: ${problem.message}\n`);
  }
  return knowledge;
}

function main(args: string[]): number {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`newslens: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') return (void process.stdout.write(USAGE + '\n'), 0);
  if (options === 'version') return (void process.stdout.write(VERSION + '\n'), 0);

  const knowledge = loadKnowledge(options.entities);
  if (!knowledge) return 2;
  const base = { knowledge, index: indexKnowledge(knowledge) };
  const results: (FileResult & { index: typeof base.index })[] = [];
  let failed = false;
  let warnings = 0;
  // Each file's config: the one --config names, or the nearest .newslens.json; its problems are told once.
  const configs = new ConfigResolver();
  const explicit = options.config ? configs.load(options.config) : undefined;
  const told = new Set<LoadedConfig>();
  const configFor = (file: string) => {
    const config = explicit ?? configs.forFile(file);
    if (config && !told.has(config)) {
      told.add(config);
      for (const line of problemLines(config)) process.stderr.write(line + '\n');
      if (config.reports.some((r) => r.problems.length > 0)) failed = true;
    }
    return config;
  };
  for (const path of expandInputs(options.files)) {
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/^ENOENT: no such file or directory, open /, 'no such file: ') : String(error);
      process.stderr.write(`newslens: ${message}\n`);
      failed = true;
      continue;
    }
    // Standard input is reported under --stdin-filename when given, and read as Markdown by that name.
    const name = path === '-' && options.stdinFilename ? options.stdinFilename : path;
    const config = configFor(path === '-' ? (options.stdinFilename ?? 'stdin') : path);
    const { analysis, index } = analyzeWithConfig(text, base, config, { rules: options.rules, maxLength: options.maxSize, markdown: isMarkdownFile(name) });
    if (options.format !== 'text') for (const problem of analysis.problems) process.stderr.write(`newslens: ${name}: ${problem}\n`);
    warnings += analysis.findings.filter((f) => f.severity === 'warning').length;
    if (options.quiet) analysis.findings = analysis.findings.filter((f) => f.severity === 'error');
    const result = { path: name, text, analysis, index };
    // JSON Lines goes out file by file, so a pipeline can start on the first before the last is read.
    if (options.format === 'jsonl') process.stdout.write(toJsonLine(result));
    results.push(result);
  }

  const output =
    options.format === 'jsonl'
      ? ''
      : options.format === 'json'
        ? toJson(results)
        : options.format === 'sarif'
          ? toSarif(results, VERSION)
          : options.format === 'markdown'
            ? results.map((r) => reportMarkdown(r.path, r.text, r.analysis, r.index)).join('\n')
            : options.format === 'github'
              ? toGithub(results)
              : toText(results);
  process.stdout.write(output);
  if (failed) return 2;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`newslens: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
