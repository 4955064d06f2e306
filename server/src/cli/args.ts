/**
 * The command line's words: `newslens check`, `newslens export` and `newslens import`, their options,
 * and the help text. A mistake is a UsageError (exit status 2) that says what is wrong.
 */
import { DEFAULT_MAX_LENGTH } from '../analysis/analyze';
import { RULES } from '../analysis/rules/index';
import { SEVERITIES, type RuleCode, type RuleSettings, type Severity } from '../analysis/types';

export const USAGE = `Usage: newslens check [options] FILE...
       newslens export --format webannotation|brat [options] FILE...
       newslens import --format brat [options] FILE.ann...

Checks who is who and who said what in news articles.

Options of check:
  --format text|json|jsonl|markdown|sarif|github
                                      Output format (default: text); jsonl prints one JSON object per
                                      file as each is checked; github prints workflow annotations
  --rule CODE=SEVERITY                Set a rule to error, warning, information, hint or off (repeatable)
  --config FILE                       Use this config for every file, instead of the nearest .newslens.json
                                      found from each file's folder up to the repository's root
  --entities FILE                     Workspace entities file (default: .newslens/entities.json if present)
  --quiet                             Report errors only (findings at error severity)
  --max-warnings N                    Exit with 1 when there are more than N warnings
  -, --stdin                          Read an article from standard input
  --stdin-filename NAME               The name standard input is reported under; .md reads it as Markdown
  --stdin-format text|jsonl           jsonl: standard input holds one {"id", "text"} object a line, and
                                      each gives one output line (with --format jsonl) in the same order
  --jobs N                            Check on N worker threads (default: by the number of files and cores)
  --max-size N                        Analyze only the first N characters of longer files, to a paragraph end (default: ${DEFAULT_MAX_LENGTH})
  -h, --help                          Show this help
  -v, --version                       Show the version

Options of export:
  --format webannotation              W3C Web Annotation JSON-LD on standard output
  --format brat                       brat standoff: FILE.ann beside each article (or in --out DIR, with
                                      a copy of the text as .txt and brat's annotation.conf)
  --out DIR                           Where to write (brat); --base URI: the URI the articles are under
                                      (webannotation; default: the current folder as a file: URI)

Options of import:
  --format brat                       Read entity corrections made in brat (FILE.ann beside FILE.txt)
  --entities FILE                     The entities file to update (default: .newslens/entities.json)
  --dry-run                           Print the updated entities file instead of writing it

FILE may be a folder (its .txt, .md, .article and .news files, recursively), a glob pattern in quotes
('drafts/**/*.md'), or - to read standard input. Rules: ${RULES.map((r) => r.code).join(', ')}.`;

export const FORMATS = ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
const EXPORT_FORMATS = ['webannotation', 'brat'];
const IMPORT_FORMATS = ['brat'];

export interface Options {
  command: 'check' | 'export' | 'import';
  format: string;
  rules: RuleSettings;
  maxSize: number;
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  stdinFormat: 'text' | 'jsonl';
  entities?: string;
  config?: string;
  jobs?: number;
  out?: string;
  base?: string;
  dryRun: boolean;
  files: string[];
}

export class UsageError extends Error {}

export function parseArgs(args: string[]): Options | 'help' | 'version' {
  if (args[0] === '-h' || args[0] === '--help' || args.length === 0) return 'help';
  if (args[0] === '-v' || args[0] === '--version') return 'version';
  const command = args[0];
  if (command !== 'check' && command !== 'export' && command !== 'import')
    throw new UsageError(`Unknown command '${command}'. Did you mean 'newslens check ${args.join(' ')}'?`);
  const options: Options = { command, format: '', rules: {}, maxSize: DEFAULT_MAX_LENGTH, quiet: false, stdinFormat: 'text', dryRun: false, files: [] };
  const codes = new Set<string>(RULES.map((r) => r.code));
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    const is = (name: string) => arg === name || arg.startsWith(name + '=');
    const value = (name: string) => {
      if (arg.startsWith(name + '=')) return arg.slice(name.length + 1);
      if (i + 1 >= args.length) throw new UsageError(`${name} needs a value.`);
      return args[++i];
    };
    const count = (name: string, min: number) => {
      const n = Number(value(name));
      if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} needs a whole number, ${min} or more.`);
      return n;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (is('--format')) options.format = value('--format');
    else if (is('--rule')) {
      const [code, severity] = value('--rule').split('=');
      if (!codes.has(code)) throw new UsageError(`Unknown rule '${code}'. Rules: ${[...codes].join(', ')}.`);
      if (![...SEVERITIES, 'off'].includes(severity)) throw new UsageError(`Unknown severity '${severity}' for ${code}.`);
      options.rules[code as RuleCode] = severity as Severity | 'off';
    } else if (is('--entities')) options.entities = value('--entities');
    else if (is('--config')) options.config = value('--config');
    else if (is('--stdin-filename')) options.stdinFilename = value('--stdin-filename');
    else if (is('--stdin-format')) {
      const format = value('--stdin-format');
      if (format !== 'text' && format !== 'jsonl') throw new UsageError(`Unknown --stdin-format '${format}': use text or jsonl.`);
      options.stdinFormat = format;
    } else if (arg === '--quiet' || arg === '-q') options.quiet = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--stdin') options.files.push('-');
    else if (is('--max-warnings')) options.maxWarnings = count('--max-warnings', 0);
    else if (is('--jobs') || arg === '-j') options.jobs = count(arg === '-j' ? '-j' : '--jobs', 1);
    else if (is('--out')) options.out = value('--out');
    else if (is('--base')) options.base = value('--base');
    else if (is('--max-size')) {
      options.maxSize = Number(value('--max-size'));
      if (!Number.isFinite(options.maxSize) || options.maxSize < 0) throw new UsageError('--max-size needs a non-negative number.');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option '${arg}'.`);
    else options.files.push(arg);
  }
  checkFormat(options);
  if (options.stdinFormat === 'jsonl') {
    if (options.command !== 'check') throw new UsageError('--stdin-format jsonl is for newslens check.');
    if (options.files.some((f) => f !== '-')) throw new UsageError('--stdin-format jsonl reads standard input only: give no FILE.');
    options.files = ['-'];
  }
  if (options.files.length === 0) throw new UsageError('No files given.');
  return options;
}

function checkFormat(options: Options): void {
  const known = options.command === 'check' ? [...FORMATS] : options.command === 'export' ? EXPORT_FORMATS : IMPORT_FORMATS;
  if (!options.format) {
    if (options.command !== 'check') throw new UsageError(`newslens ${options.command} needs --format ${known.join('|')}.`);
    options.format = 'text';
  }
  if (!known.includes(options.format)) throw new UsageError(`Unknown format '${options.format}': use ${known.join(', ')}.`);
}
