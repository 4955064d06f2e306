/** The architecture's invariants, checked on the source so a violation fails in review's place. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

const imports = (file: string) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

test('the analysis core imports no editor, protocol or Node module', () => {
  for (const file of sources('server/src/analysis')) {
    for (const module of imports(file)) {
      assert.ok(module.startsWith('.'), `${file} imports '${module}': the analysis core must stay pure`);
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
