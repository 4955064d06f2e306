/**
 * The CLI as a step of a pipeline: glob arguments, `--stdin`, and `--stdin-format jsonl`, where each
 * `{"id", "text"}` line on standard input gives one output line, in the same order, whatever the threads.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CLI, ROOT, run } from './helpers';

const samples = readdirSync(path.join(ROOT, 'samples')).sort();
const text = (name: string) => readFileSync(path.join(ROOT, 'samples', name), 'utf8');

test('glob arguments name articles in a stable order, each file once', () => {
  const result = run(['check', '--format', 'jsonl', 'samples/*.article', 'samples/**/*.{md,txt}', 'samples/lazarus-heist.txt']);
  assert.equal(result.status, 1, result.stderr);
  const paths = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).path);
  const articles = samples.filter((s) => s.endsWith('.article')).map((s) => `samples/${s}`);
  assert.deepEqual(paths, [...articles, 'samples/iran-campaign-hack.md', 'samples/lazarus-heist.txt']);
});

test('--stdin reads standard input like -', () => {
  const viaStdin = run(['check', '--format', 'json', '--stdin', '--stdin-filename', 'story.txt'], { input: text('lazarus-heist.txt') });
  const viaFile = run(['check', '--format', 'json', 'samples/lazarus-heist.txt']);
  assert.deepEqual(JSON.parse(viaStdin.stdout).files[0].diagnostics, JSON.parse(viaFile.stdout).files[0].diagnostics);
  assert.equal(JSON.parse(viaStdin.stdout).files[0].path, 'story.txt');
});

test('--stdin-format jsonl answers each input line with one line carrying its id, in order', () => {
  const records = samples.map((name, i) => ({ id: i % 2 ? name : i, text: text(name) }));
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  for (const jobs of ['1', '2']) {
    const result = run(['check', '--stdin-format', 'jsonl', '--format', 'jsonl', '--jobs', jobs], { input });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((l) => l.id),
      records.map((r) => r.id),
    );
    const single = JSON.parse(run(['check', '--format', 'jsonl', `samples/${samples[1]}`]).stdout);
    assert.deepEqual(lines[1].diagnostics, single.diagnostics);
    assert.deepEqual(Object.keys(lines[0]), ['version', 'id', 'path', 'entities', 'quotes', 'people', 'diagnostics']);
  }
});

test('--stdin-format jsonl keeps one line per input line when a line is broken, and exits with 2', () => {
  const input = [JSON.stringify({ id: 'a', text: 'Fancy Bear hacked the grid in 2023.' }), '{not json', JSON.stringify({ id: 'c' }), ''].join('\n');
  const result = run(['check', '--stdin-format', 'jsonl', '--format', 'jsonl'], { input });
  assert.equal(result.status, 2);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => [l.id, l.error === undefined]),
    [
      ['a', true],
      [null, false],
      ['c', false],
    ],
  );
  assert.match(result.stderr, /line 2 is not JSON/);
  assert.match(result.stderr, /line 3 has no "text" string/);
  assert.equal(run(['check', '--stdin-format', 'jsonl', 'samples'], { input }).status, 2);
});

test(
  'a progress line on a terminal, rewritten in place and cleared at the end',
  { skip: !existsSync('/usr/bin/script') && 'no script(1) here to give a terminal' },
  () => {
    // script(1) runs the command on a pseudo-terminal; standard output still goes to /dev/null.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check --jobs 2 samples > /dev/null`;
    const terminal = spawnSync('script', ['-qc', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' }).stdout;
    assert.match(terminal, new RegExp(`\rnewslens: checked ${samples.length}/${samples.length}\x1b\\[K\r\x1b\\[K`));
  },
);
