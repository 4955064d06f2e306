import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { analyzeWithConfig, isIncluded } from '../../../server/src/config/apply';
import { ConfigResolver, readConfig } from '../../../server/src/config/load';
import { parseConfig } from '../../../server/src/config/parse';
import { builtinKnowledge } from '../../../server/src/knowledge/index';

const base = { knowledge: builtinKnowledge(), index: indexKnowledge(builtinKnowledge()) };
const ARTICLE = 'Water plant checks valves\n\n"We checked every valve twice this week," said Tom Vance.\n\nSources say the plant was never at risk.\n';

/** A folder tree from a map of relative paths to contents (`null` makes a folder). */
function tree(files: Record<string, string | null>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newslens-config-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(content === null ? full : path.dirname(full), { recursive: true });
    if (content !== null) writeFileSync(full, content);
  }
  return root;
}

const codes = (config: ReturnType<ConfigResolver['forFile']>, options = {}) =>
  analyzeWithConfig(ARTICLE, base, config, options).analysis.findings.map((f) => `${f.code}:${f.severity}`);

test('the nearest config wins, and the walk stops at the repository root', () => {
  const root = tree({
    '.newslens.json': '{ "rules": { "vague-source": "off" } }',
    'repo/.git': null,
    'repo/.newslens.json': '// the newsroom\'s rules\n{ "rules": { "vague-source": "error", }, }',
    'repo/desk/story.article': ARTICLE,
    'repo/desk/metro/.newslens.json': '{ "rules": { "speaker-without-role": "off" } }',
    'repo/desk/metro/story.article': ARTICLE,
    'repo/sub/.git': null,
    'repo/sub/story.article': ARTICLE,
  });
  const resolver = new ConfigResolver();
  assert.equal(resolver.forFile(path.join(root, 'repo/desk/story.article'))?.file, path.join(root, 'repo/.newslens.json'));
  assert.deepEqual(codes(resolver.forFile(path.join(root, 'repo/desk/story.article'))), ['speaker-without-role:information', 'vague-source:error']);
  // The nearest config applies whole: the newsroom's vague-source setting does not reach the metro desk.
  assert.deepEqual(codes(resolver.forFile(path.join(root, 'repo/desk/metro/story.article'))), ['vague-source:information']);
  // A folder with .git is a repository's root: the walk goes no further up.
  assert.equal(resolver.forFile(path.join(root, 'repo/sub/story.article')), undefined);
  // Nor past a workspace folder.
  assert.equal(new ConfigResolver([path.join(root, 'repo/desk')]).forFile(path.join(root, 'repo/desk/story.article')), undefined);
});

test('settings given on top win per rule, and hidden findings add up', () => {
  const root = tree({ '.newslens.json': '{ "rules": { "vague-source": "error", "speaker-without-role": "warning" } }' });
  const config = readConfig(path.join(root, '.newslens.json'));
  assert.deepEqual(codes(config, { rules: { 'vague-source': 'hint' } }), ['speaker-without-role:warning', 'vague-source:hint']);
  assert.deepEqual(codes(config, { hidden: [{ code: 'speaker-without-role', text: 'Tom Vance' }] }), ['vague-source:error']);
  assert.deepEqual(codes(undefined), ['speaker-without-role:information', 'vague-source:information']);
});

test('a malformed config has located problems and everything valid in it still applies', () => {
  const text = `{
  // a comment is fine
  "rules": { "vague-source": "loud", "speaker-without-role": "off", "no-such-rule": "off" },
  "hiddenFindings": [{ "code": "vague-source", "text": "Sources say" }, { "code": "vague-source" }],
  "ignoreNames": ["Tom Vance", 3],
  "colour": "red",
  "include": ["**/*.article"`;
  const { config, problems } = parseConfig(text);
  const at = problems.map((p) => `${text.slice(p.start, p.end)} | ${p.message}`);
  assert.match(at[0], /^"loud" \| The severity of "vague-source" must be one of "error", "warning"/);
  assert.match(at[1], /^"no-such-rule" \| Unknown rule "no-such-rule"/);
  assert.match(at[2], /^\{ "code": "vague-source" \} \| A hidden finding is an object/);
  assert.match(at[3], /^3 \| Each item of "ignoreNames" must be a non-empty string/);
  assert.match(at[4], /^"colour" \| Unknown setting "colour"/);
  assert.match(at.at(-1)!, /Expected "]"|Expected "}"/);
  assert.deepEqual(config.rules, { 'speaker-without-role': 'off' });
  assert.deepEqual(config.hiddenFindings, [{ code: 'vague-source', text: 'Sources say' }]);
  assert.deepEqual(config.ignoreNames, ['Tom Vance']);
  assert.deepEqual(config.include, ['**/*.article']);
  for (const bad of ['', '[]', 'null', '{', '{"rules": 3}', '"', '{"entities": 7}', '\uFEFF{}']) parseConfig(bad);
});

test('entities inline or from a file named by the config; a problem in that file is placed in it', () => {
  const root = tree({
    'inline/.newslens.json': '{ "entities": { "people": [{ "name": "Tom Vance", "role": "plant manager" }] } }',
    'byPath/.newslens.json': '{ "entities": "../shared/entities.json" }',
    'shared/entities.json': '{ "people": [{ "name": "Tom Vance", "role": "plant manager" }, { "nom": "X" }] }',
    'missing/.newslens.json': '{ "entities": "nowhere.json" }',
  });
  for (const folder of ['inline', 'byPath']) {
    const config = readConfig(path.join(root, folder, '.newslens.json'));
    const { analysis, index } = analyzeWithConfig(ARTICLE, base, config);
    assert.notEqual(index, base.index);
    assert.equal(analysis.people[0].id, 'person:tom-vance');
    assert.equal(index, analyzeWithConfig(ARTICLE, base, config).index, 'the index is built once per config');
  }
  const byPath = readConfig(path.join(root, 'byPath', '.newslens.json'));
  const report = byPath.reports.find((r) => r.code === 'entities-file')!;
  assert.equal(report.file, path.join(root, 'shared/entities.json'));
  assert.deepEqual(
    report.problems.map((p) => report.text.slice(p.start, p.end)),
    ['"nom"', '{ "nom": "X" }'],
  );
  const missing = readConfig(path.join(root, 'missing', '.newslens.json'));
  const [problem] = missing.reports[0].problems;
  assert.equal(missing.reports[0].text.slice(problem.start, problem.end), 'nowhere.json');
  assert.match(problem.message, /could not be used: no such file/);
});

test('ignored names are no entities and get no finding about them', () => {
  const root = tree({ '.newslens.json': '{ "ignoreNames": ["tom vance"] }' });
  const { analysis } = analyzeWithConfig(ARTICLE, base, readConfig(path.join(root, '.newslens.json')));
  assert.deepEqual(
    analysis.findings.map((f) => f.code),
    ['vague-source'],
  );
  assert.deepEqual(analysis.people, []);
  assert.ok(!analysis.entities.some((e) => e.text === 'Tom Vance'));
});

test('include and exclude globs are relative to the config, and an excluded folder excludes its files', () => {
  const root = tree({ '.newslens.json': '{ "include": ["desk/**", "*.news"], "exclude": ["archive", "**/*.draft.md"] }' });
  const config = readConfig(path.join(root, '.newslens.json'));
  const at = (name: string) => isIncluded(config, path.join(root, name));
  assert.equal(at('desk/story.md'), true);
  assert.equal(at('desk/metro/story.article'), true);
  assert.equal(at('elsewhere/story.news'), true, 'a pattern without a slash matches a name at any depth');
  assert.equal(at('elsewhere/story.md'), false);
  assert.equal(at('desk/archive/old.md'), false);
  assert.equal(at('desk/story.draft.md'), false);
  assert.equal(isIncluded(undefined, path.join(root, 'anything.txt')), true);
});

test('the schema and the reader know the same settings', () => {
  const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../server/data/newslens.schema.json'), 'utf8'));
  const keys = Object.keys(schema.properties);
  const text = `{ ${keys.map((k) => `"${k}": null`).join(', ')} }`;
  assert.deepEqual(
    parseConfig(text).problems.filter((p) => /Unknown setting/.test(p.message)),
    [],
  );
  assert.equal(schema.additionalProperties, false);
});

test("the README's example config reads without a problem", () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
  const example = /```jsonc\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const { config, problems } = parseConfig(example);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { 'vague-source': 'warning', 'speaker-without-role': 'off' });
});
