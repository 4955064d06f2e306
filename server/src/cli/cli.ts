/**
 * The `newslens` command line: `newslens check` (see check.ts), `newslens export` and `newslens
 * import` (annotation tools). It runs the same `analyze()` as the language server, so every rule shows
 * in both. Exit status: 0 clean, 1 findings at error severity or too many warnings, 2 when the command
 * could not do all it was asked (bad arguments, an unreadable file; the other files are still checked).
 * The same bundle is the worker thread's script: started as a worker, it serves analysis jobs.
 */
import { VERSION } from '../version';
import { USAGE, UsageError, parseArgs } from './args';
import { check } from './check';
import { exportAnnotations } from './export';
import { importBrat } from './import';
import { serveJobs } from './pool';

async function main(args: string[]): Promise<number> {
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
  if (options.command === 'export') return exportAnnotations(options);
  if (options.command === 'import') return importBrat(options);
  return check(options, __filename);
}

if (!serveJobs()) {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (error) => {
      process.stderr.write(`newslens: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
      process.exitCode = 2;
    },
  );
}
