/**
 * The CLI as users and other tools run it: the bundled `server/out/cli.js` on the samples. Snapshots
 * in test/snapshots hold its full reports; regenerate them with `UPDATE_SNAPSHOTS=1 npm run test:cli`
 * and review the diff. The JSON contract's shape is checked separately, so a snapshot update cannot loosen it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const SNAPSHOTS = path.join(ROOT, 'test/snapshots');
const samples = readdirSync(path.join(ROOT, 'samples'))
  .filter((name) => !name.startsWith('.'))
  .sort()
  .map((name) => `samples/${name}`);

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliWithInput('', ...args);
}

function cliWithInput(input: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, name);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its snapshot; run UPDATE_SNAPSHOTS=1 npm run test:cli and review the diff.`);
}

test('--version prints the version in package.json', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-v']) assert.deepEqual(cli(flag), { status: 0, stdout: `${version}\n`, stderr: '' });
});

test('the JSON report honours the version 1 contract', () => {
  const { stdout, status } = cli('check', '--format', 'json', ...samples);
  assert.ok(status === 0 || status === 1, `exit status ${status}`);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  assert.equal(report.version, 1);
  assert.equal(report.files.length, samples.length);
  const keys = (o: object) => Object.keys(o).join(',');
  for (const file of report.files) {
    assert.equal(keys(file), 'path,entities,quotes,people,diagnostics');
    const text = readFileSync(path.join(ROOT, file.path), 'utf8').replace(/^\uFEFF/, '');
    for (const e of file.entities) {
      assert.equal(keys(e), 'kind,start,end,text,id,name');
      assert.ok(['actor', 'country', 'person', 'organization'].includes(e.kind));
      assert.equal(text.slice(e.start, e.end), e.text, `entity offsets in ${file.path}`);
      assert.match(e.id, /^(actor:[\w-]+|country:[A-Z]{2}|person:[\p{Ll}\p{N}-]+|org:[\p{Ll}\p{N}-]+)$/u);
    }
    for (const q of file.quotes) {
      assert.equal(keys(q), 'start,end,text,speaker');
      assert.equal(text.slice(q.start, q.end), q.text, `quote offsets in ${file.path}`);
      if (q.speaker !== null) {
        assert.equal(keys(q.speaker), 'start,end,text,name,id');
        assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      }
    }
    for (const p of file.people) {
      assert.equal(keys(p), 'id,name,role');
      assert.ok(p.role === null || typeof p.role === 'string');
    }
    for (const d of file.diagnostics) {
      assert.equal(keys(d), 'code,severity,message,start,end');
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(d.start >= 0 && d.end >= d.start && d.end <= text.length);
    }
  }
});

test('report snapshots of the samples', () => {
  for (const sample of samples) {
    const base = path.basename(sample);
    snapshot(`${base}.json`, cli('check', '--format', 'json', sample).stdout);
    snapshot(`${base}.txt`, cli('check', sample).stdout);
  }
});

test('usage errors exit with 2 and say what is wrong', () => {
  const unknown = cli('check', '--format', 'yaml', 'x.article');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown format 'yaml'/);
  const missing = cli('check', 'no/such/file.article');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file/);
  assert.equal(cli('--help').status, 0);
});

test('binary input is reported, not analyzed, and loses nothing else', () => {
  const dir = path.join(ROOT, 'out/test/tmp');
  mkdirSync(dir, { recursive: true });
  const binary = path.join(dir, 'image.article');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
  const result = cli('check', '--format', 'json', binary, samples[0]);
  assert.match(result.stderr, /not valid UTF-8|binary/);
  assert.equal(JSON.parse(result.stdout).files.length, 1);
});

test('a folder is checked recursively for articles, and a missing path is reported while the rest are checked', () => {
  const folder = cli('check', '--format', 'json', 'samples');
  assert.equal(JSON.parse(folder.stdout).files.length, samples.length);
  const missing = cli('check', 'samples/no-such-article.txt', 'samples/lazarus-heist.txt');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file: 'samples\/no-such-article.txt'/);
  assert.match(missing.stdout, /1 file checked/);
});

test('--format github prints one workflow annotation per finding, with its place and code', () => {
  const result = cli('check', '--format', 'github', 'samples/lazarus-heist.txt');
  const lines = result.stdout.trim().split('\n');
  const json = JSON.parse(cli('check', '--format', 'json', 'samples/lazarus-heist.txt').stdout);
  assert.equal(lines.length, json.files[0].diagnostics.length);
  for (const line of lines)
    assert.match(line, /^::(error|warning|notice) file=samples\/lazarus-heist\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=NewsLens [a-z-]+::\S/);
});

test('--format jsonl prints one JSON object per file, in order; --quiet keeps errors only; --max-warnings sets the exit status', () => {
  const jsonl = cli('check', '--format', 'jsonl', ...samples);
  const lines = jsonl.stdout.trim().split('\n');
  assert.deepEqual(
    lines.map((line) => JSON.parse(line).path),
    samples,
  );
  const json = JSON.parse(cli('check', '--format', 'json', ...samples).stdout);
  assert.deepEqual(
    lines.map((line) => JSON.parse(line)),
    json.files.map((file: object) => ({ version: 1, ...file })),
  );
  const warnings = json.files
    .flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics)
    .filter((d: { severity: string }) => d.severity === 'warning').length;
  assert.ok(warnings > 0);
  const quiet = cli('check', '--format', 'json', '--quiet', ...samples);
  assert.ok(JSON.parse(quiet.stdout).files.every((f: { diagnostics: { severity: string }[] }) => f.diagnostics.every((d) => d.severity === 'error')));
  // With the rules that report errors turned off, the warnings alone decide the exit status.
  const errorCodes = [
    ...new Set(
      json.files
        .flatMap((f: { diagnostics: { severity: string; code: string }[] }) => f.diagnostics)
        .filter((d: { severity: string }) => d.severity === 'error')
        .map((d: { code: string }) => d.code),
    ),
  ].flatMap((code) => ['--rule', `${code}=off`]);
  assert.equal(cli('check', ...errorCodes, '--max-warnings', String(warnings), ...samples).status, 0);
  const over = cli('check', ...errorCodes, '--max-warnings', String(warnings - 1), ...samples);
  assert.equal(over.status, 1);
  assert.match(over.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
  assert.equal(cli('check', '--max-warnings', 'many', ...samples).status, 2);
});

test('a UTF-16 file with a byte-order mark is read; a Markdown file is read for its prose only', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-cli-'));
  const utf16 = path.join(folder, 'wide.txt');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fancy Bear hacked the grid in 2023.\n', 'utf16le')]));
  const wide = cli('check', '--format', 'json', utf16);
  assert.equal(wide.status, 0, wide.stderr);
  assert.deepEqual(
    JSON.parse(wide.stdout).files[0].diagnostics.map((d: { code: string }) => d.code),
    ['unattributed-claim'],
  );
  const draft = path.join(folder, 'draft.md');
  writeFileSync(draft, '---\ntitle: "Russia hacked the grid"\n---\n\n# Grid\n\n```\n"Not a quote at all, just code."\n```\n');
  const markdown = JSON.parse(cli('check', '--format', 'json', draft).stdout).files[0];
  assert.deepEqual([markdown.quotes.length, markdown.diagnostics.length], [0, 0]);
});

test('--stdin-filename names standard input in the output, and .md reads it as Markdown', () => {
  const draft = '# Grid\n\n```\n"Not a quote at all, just code."\n```\n';
  const asMarkdown = JSON.parse(cliWithInput(draft, 'check', '--format', 'json', '--stdin-filename', 'drafts/story.md', '-').stdout).files[0];
  assert.deepEqual([asMarkdown.path, asMarkdown.quotes.length], ['drafts/story.md', 0]);
  const asText = JSON.parse(cliWithInput(draft, 'check', '--format', 'json', '-').stdout).files[0];
  assert.deepEqual([asText.path, asText.quotes.length], ['-', 1]);
});
