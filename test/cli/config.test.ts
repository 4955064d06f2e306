/** The command line reads `.newslens.json` as the editor does: found by walking up, or named with --config. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const CLI = path.resolve(__dirname, '../../../server/out/cli.js');
const ARTICLE = 'Water plant checks valves\n\n"We checked every valve twice this week," said Tom Vance.\n\nSources say the plant was never at risk.\n';

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository (a folder with .git) holding the given files. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newslens-cli-config-'));
  mkdirSync(path.join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** `code:severity` of each finding line of the text output. */
const findings = (stdout: string) => [...stdout.matchAll(/^(\S+):\d+:\d+: (\w+) ([a-z-]+):/gm)].map((m) => `${m[1]} ${m[3]}:${m[2]}`);

test('each file gets the nearest .newslens.json above it; --rule still wins', () => {
  const root = repository({
    '.newslens.json': '// newsroom rules\n{ "rules": { "vague-source": "error" }, "ignoreNames": ["Tom Vance"] }',
    'desk/story.article': ARTICLE,
    'desk/metro/.newslens.json': '{ "rules": { "vague-source": "off" } }',
    'desk/metro/story.article': ARTICLE,
  });
  const run = cli(root, 'check', 'desk/story.article', 'desk/metro/story.article');
  assert.deepEqual(findings(run.stdout), ['desk/story.article vague-source:error', 'desk/metro/story.article speaker-without-role:information']);
  assert.equal(run.status, 1, run.stderr);
  const overridden = cli(path.join(root, 'desk'), 'check', '--rule', 'vague-source=warning', 'story.article');
  assert.deepEqual(findings(overridden.stdout), ['story.article vague-source:warning']);
});

test('--config names the config for every file; a malformed config is reported on its line, applies in part, and exits 2', () => {
  const root = repository({
    '.newslens.json': '{ "rules": { "vague-source": "error" } }',
    'story.article': ARTICLE,
    'ci/strict.json': '{\n  "rules": { "speaker-without-role": "error", "vague-source": "loud" },\n}\n',
  });
  const run = cli(root, 'check', '--config', 'ci/strict.json', 'story.article');
  assert.deepEqual(findings(run.stdout), ['story.article speaker-without-role:error', 'story.article vague-source:information']);
  assert.match(run.stderr, /^ci\/strict\.json:2:63: error newslens-config: The severity of "vague-source" must be one of /m);
  assert.equal(run.status, 2);
  const missing = cli(root, 'check', '--config=nowhere.json', 'story.article');
  assert.match(missing.stderr, /nowhere\.json:1:1: error newslens-config: This config could not be used: no such file/);
  assert.equal(findings(missing.stdout).length, 2, 'the files are still checked');
  assert.equal(missing.status, 2);
});

test('standard input finds its config from --stdin-filename', () => {
  const root = repository({ 'desk/.newslens.json': '{ "rules": { "speaker-without-role": "off" } }' });
  const result = spawnSync(process.execPath, [CLI, 'check', '--stdin-filename', 'desk/new.article', '-'], { cwd: root, encoding: 'utf8', input: ARTICLE });
  assert.deepEqual(findings(result.stdout), ['desk/new.article vague-source:information']);
});

test("a folder walk and a glob honour the config's include and exclude patterns; a file named is always checked", () => {
  const root = repository({
    '.newslens.json': '{ "include": ["desk/**"], "exclude": ["desk/archive", "*.draft.article"] }',
    'desk/story.article': ARTICLE,
    'desk/early.draft.article': ARTICLE,
    'desk/archive/old.article': ARTICLE,
    'notes/todo.article': ARTICLE,
  });
  const checked = (stdout: string) => [...new Set(findings(stdout).map((f) => f.split(' ')[0]))];
  assert.deepEqual(checked(cli(root, 'check', '.').stdout), ['desk/story.article']);
  assert.deepEqual(checked(cli(root, 'check', '**/*.article').stdout), ['desk/story.article']);
  assert.deepEqual(checked(cli(root, 'check', 'notes/todo.article').stdout), ['notes/todo.article']);
});
