/**
 * Every output format of `newslens check` against its golden file, with its exit status; SARIF
 * validated against the official SARIF 2.1.0 schema (test/fixtures/sarif-schema-2.1.0.json); the
 * output the same on one thread and on several.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT, golden, run } from './helpers';

const ARTICLES = ['samples/draft-water-plant.article', 'samples/lazarus-heist.txt'];
const FORMATS = { text: 'txt', json: 'json', jsonl: 'jsonl', sarif: 'sarif', github: 'github.txt', markdown: 'md' };

test('each format matches its golden file, and the exit status says an error was found', () => {
  for (const [format, extension] of Object.entries(FORMATS)) {
    const result = run(['check', '--format', format, ...ARTICLES]);
    assert.equal(result.status, 1, `${format}: ${result.stderr}`);
    golden(`formats/two-articles.${extension}`, result.stdout);
  }
  const clean = run(['check', '--format', 'github', 'samples/storm-0558-clean.article']);
  assert.deepEqual([clean.status, clean.stdout], [0, '']);
});

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')));
}

test('the SARIF output is valid SARIF 2.1.0 by the official schema, odd file names included', () => {
  const validate = sarifValidator();
  const samples = run(['check', '--format', 'sarif', 'samples']);
  assert.ok(validate(JSON.parse(samples.stdout)), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
  // A name with a space, a percent sign and a non-ASCII letter must still be a URI reference.
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-sarif-'));
  mkdirSync(path.join(folder, 'my drafts'));
  writeFileSync(path.join(folder, 'my drafts', 'zoë 100%.txt'), readFileSync(path.join(ROOT, 'samples/lazarus-heist.txt')));
  const relative = run(['check', '--format', 'sarif', 'my drafts'], { cwd: folder });
  const absolute = run(['check', '--format', 'sarif', path.join(folder, 'my drafts')], { cwd: folder });
  for (const { stdout } of [relative, absolute]) {
    const sarif: { runs: { results: unknown[] }[] } = JSON.parse(stdout);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    assert.ok(sarif.runs[0].results.length > 0);
  }
  const uri = (stdout: string) => JSON.parse(stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(uri(relative.stdout), 'my%20drafts/zo%C3%AB%20100%25.txt');
  assert.match(uri(absolute.stdout), /^file:\/\/\/.*\/my%20drafts\/zo%C3%AB%20100%25\.txt$/);
});

test('worker threads change nothing but the speed: the same output in the same order', () => {
  const files = ['samples', 'samples/*.article'];
  for (const format of ['json', 'jsonl', 'sarif']) {
    const one = run(['check', '--format', format, '--jobs', '1', ...files]);
    const two = run(['check', '--format', format, '--jobs', '2', ...files]);
    const three = run(['check', '--format', format, '--jobs', '3', ...files]);
    assert.equal(two.stdout, one.stdout, format);
    assert.equal(three.stdout, one.stdout, format);
    assert.equal(two.status, one.status);
  }
  // No progress line when standard error is not a terminal.
  assert.equal(run(['check', '--jobs', '2', 'samples']).stderr, '');
});
