import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, DocumentSymbol, Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, startEditor, type Editor } from './harness';

const URI = 'file:///tmp/newslens-test/article.article';
const ARTICLE = [
  'Hackers tied to Russia hit a think tank',
  '',
  'WASHINGTON — Strontium, the group also known as Fancy Bear, targeted the institute in March.',
  '',
  '"We saw the intrusion within hours," said a spokesperson.',
  '',
].join('\n');

let editor: Editor;
let types: string[];

before(async () => {
  editor = await startEditor();
});
after(async () => {
  if (editor.process.exitCode === null) await editor.close();
});

const open = (uri: string, text: string, languageId = 'article') =>
  editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

test('initialize announces the features and the token legend', () => {
  const { capabilities } = editor.initialized;
  assert.ok(capabilities.hoverProvider);
  assert.ok(capabilities.codeActionProvider);
  assert.ok(capabilities.documentSymbolProvider);
  types = capabilities.semanticTokensProvider!.legend.tokenTypes;
  assert.ok(types.includes('threatActor') && types.includes('country'));
});

test('initialize names the server and its version, the one in package.json', () => {
  const { version } = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  assert.deepEqual(editor.initialized.serverInfo, { name: 'NewsLens', version });
});

test('diagnostics arrive on open', async () => {
  await open(URI, ARTICLE);
  const published = await editor.diagnostics(URI);
  assert.ok(published.diagnostics.every((d) => d.source === 'NewsLens'));
  assert.ok(
    published.diagnostics.some((d) => d.code === 'unattributed-claim'),
    JSON.stringify(published.diagnostics),
  );
});

test('hover on "Strontium" gives the canonical name and the country', async () => {
  const line = ARTICLE.split('\n')[2];
  const hover = (await editor.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: URI },
    position: { line: 2, character: line.indexOf('Strontium') + 3 },
  })) as Hover;
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /APT28/);
  assert.match(value, /Russia/);
  assert.deepEqual(hover.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 22 } });
});

test('semantic tokens mark the actor names', async () => {
  const tokens = (await editor.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
  const decoded = decodeTokens(tokens.data, types);
  const actors = decoded.filter((t) => t.type === 'threatActor').map((t) => ARTICLE.split('\n')[t.line].slice(t.character, t.character + t.length));
  assert.deepEqual(actors, ['Strontium', 'Fancy Bear']);
});

test('code actions offer a fix or a way to silence each diagnostic', async () => {
  const { diagnostics } = await editor.diagnostics(URI);
  const actions = (await editor.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[];
  assert.ok(actions.length > 0);
  assert.ok(actions.some((a) => a.command?.command === 'newslens.configureRule'));
  const hide = actions.find((a) => a.command?.command === 'newslens.hideFinding');
  assert.ok(hide, 'a way to hide a reviewed finding');
  assert.equal(hide.command!.arguments![0].code, diagnostics[0].code);
});

test('the outline reads as the cast (organizations, actors, countries), then quotes by speaker, each group containing its children', async () => {
  const symbols = (await editor.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['Threat actors', 'Countries', 'Quotes'],
  );
  assert.deepEqual(
    symbols[0].children!.map((c) => [c.name, c.detail]),
    [['APT28', 'as Strontium, Fancy Bear']],
  );
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  const inside = (group: DocumentSymbol) => {
    for (const child of group.children ?? []) {
      assert.ok(key(group.range.start) <= key(child.range.start) && key(child.range.end) <= key(group.range.end), `${child.name} inside ${group.name}`);
      inside(child);
    }
  };
  symbols.forEach(inside);
});

test('edits re-run the analysis (incremental sync) and stale results are dropped', async () => {
  const lines = ARTICLE.split('\n').length;
  await editor.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: '"This quote never ends.\n' }],
  });
  const published = await editor.diagnostics(URI, (p) => p.version === 2);
  assert.ok(
    published.diagnostics.some((d) => d.code === 'unbalanced-quote'),
    JSON.stringify(published.diagnostics),
  );
});

test('odd input never breaks the server, and ranges stay exact around astral characters', async () => {
  const emoji = '🚨🇷🇺 Strontium🔥 struck. "Open\r\n\r\n' + '"'.repeat(500) + '\n\u0000\uD800 x';
  const uri = 'file:///tmp/newslens-test/odd.article';
  await open(uri, emoji);
  await editor.diagnostics(uri);
  const hover = (await editor.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } })) as Hover | null;
  // The text holds a NUL byte, so it is treated as binary and not analyzed: no hover, but an answer.
  assert.equal(hover, null);
  const clean = '🚨🇷🇺 Strontium🔥 struck.';
  const cleanUri = 'file:///tmp/newslens-test/emoji.article';
  await open(cleanUri, clean);
  const h = (await editor.connection.sendRequest('textDocument/hover', { textDocument: { uri: cleanUri }, position: { line: 0, character: 8 } })) as Hover;
  assert.deepEqual(h.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 16 } });
  const big = 'Fancy Bear attacked. '.repeat(100_000);
  await open('file:///tmp/newslens-test/big.article', big);
  await editor.diagnostics('file:///tmp/newslens-test/big.article', () => true, 60_000);
});

test('Markdown: only the prose is analysed, and a quick fix inside a paragraph edits the right characters', async () => {
  const uri = 'file:///tmp/newslens-test/draft.md';
  const text = [
    '---',
    'title: "Russia hacked the grid"',
    '---',
    '',
    '# Grid operator hit',
    '',
    'The plant [reopened](https://example.org/a "Reopened") on Monday. Fancy Bear hacked the utility in 2023.',
    '',
    '```',
    '"This is not a quote."',
    '```',
    '',
  ].join('\n');
  await open(uri, text, 'markdown');
  const { diagnostics } = await editor.diagnostics(uri);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['unattributed-claim'],
  );
  const actions = (await editor.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[];
  const fix = actions.find((a) => a.isPreferred)!;
  const [edit] = fix.edit!.changes![uri];
  const lines = text.split('\n');
  lines[edit.range.start.line] =
    lines[edit.range.start.line].slice(0, edit.range.start.character) + edit.newText + lines[edit.range.start.line].slice(edit.range.end.character);
  assert.equal(lines[6], 'The plant [reopened](https://example.org/a "Reopened") on Monday. Fancy Bear hacked the utility in 2023, according to [SOURCE].');
});

test('shutdown and exit end the process cleanly', async () => {
  assert.equal(await editor.close(), 0);
});
