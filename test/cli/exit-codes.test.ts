/**
 * Exit status per case (0 clean or within thresholds, 1 errors or too many warnings, 2 usage or I/O
 * problems) and clear messages, with the other inputs still checked.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT, run } from './helpers';

const cases: [string, string[], number, RegExp?][] = [
  ['a clean article', ['check', 'samples/storm-0558-clean.article'], 0],
  ['findings at error severity', ['check', 'samples/draft-water-plant.article'], 1],
  ['warnings only', ['check', 'samples/lazarus-heist.txt'], 0],
  ['more warnings than --max-warnings', ['check', '--max-warnings', '0', 'samples/lazarus-heist.txt'], 1, /1 warnings, more than --max-warnings 0/],
  ['errors turned off by --rule', ['check', '--rule', 'profile-conflict=off', '--rule', 'unbalanced-quote=off', 'samples/draft-water-plant.article'], 0],
  ['an unknown option', ['check', '--colour', 'samples'], 2, /Unknown option '--colour'/],
  ['an unknown format', ['check', '--format', 'yaml', 'samples'], 2, /Unknown format 'yaml'/],
  ['an unknown rule', ['check', '--rule', 'no-such-rule=off', 'samples'], 2, /Unknown rule 'no-such-rule'/],
  ['--jobs 0', ['check', '--jobs', '0', 'samples'], 2, /--jobs needs a whole number, 1 or more/],
  ['no files', ['check'], 2, /No files given/],
  ['a missing file, another checked', ['check', 'samples/nope.txt', 'samples/storm-0558-clean.article'], 2, /no such file: 'samples\/nope.txt'/],
  ['a glob matching nothing', ['check', 'drafts/**/*.md'], 2, /no article matches 'drafts\/\*\*\/\*.md'/],
  ['a missing entities file', ['check', '--entities', 'no/entities.json', 'samples'], 2, /cannot read the entities file: no such file/],
  ['export without a format', ['export', 'samples'], 2, /newslens export needs --format webannotation\|brat/],
  ['--help', ['--help'], 0],
  ['--version', ['--version'], 0],
];

for (const [name, args, status, message] of cases) {
  test(`exit status ${status}: ${name}`, () => {
    const result = run(args);
    assert.equal(result.status, status, result.stderr);
    if (message) assert.match(result.stderr, message);
  });
}

test('a folder with a binary file and an unreadable file: a clear message for each, the articles still checked', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-exit-'));
  mkdirSync(path.join(folder, 'nested'));
  copyFileSync(path.join(ROOT, 'samples/lazarus-heist.txt'), path.join(folder, 'a.txt'));
  copyFileSync(path.join(ROOT, 'samples/storm-0558-clean.article'), path.join(folder, 'nested/z.article'));
  writeFileSync(path.join(folder, 'image.article'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
  // Root reads any file whatever its mode: a link to itself cannot be read by anyone.
  const locked = path.join(folder, 'locked.txt');
  if (process.getuid?.() === 0) symlinkSync('locked.txt', locked);
  else {
    writeFileSync(locked, 'Secret.');
    chmodSync(locked, 0);
  }
  const result = run(['check', '--format', 'json', folder]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /image\.article: not valid UTF-8 text/);
  assert.match(result.stderr, /(permission denied|too many symbolic links): '.*locked\.txt'/);
  assert.deepEqual(
    JSON.parse(result.stdout).files.map((f: { path: string }) => path.relative(folder, f.path)),
    ['a.txt', path.join('nested', 'z.article')],
  );
});
