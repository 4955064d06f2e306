/** Navigation over the bundled server: highlights, references, definition, rename, inlay hints, code lens, workspace symbols. */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import type { CodeLens, DocumentHighlight, InlayHint, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startEditor, type Editor } from './harness';

const URI = 'file:///tmp/newslens-test/navigation.article';
/** `|` marks the cursor for the requests below; it is removed from the text the server sees. */
const SOURCE = [
  'Grid operator hit by intrusion',
  '',
  'Tom Vance, the agency’s director, said the intrusion was contained. Investigators blamed Strontium.',
  '',
  '“We blocked it within hours,” V|ance said. “Nobody lost power,” he added.',
  '',
  'Mr. Vance later met Ana Ruiz, a lawyer for the utility.',
  '',
].join('\n');
const TEXT = SOURCE.replace('|', '');
const CURSOR = (() => {
  const before = SOURCE.slice(0, SOURCE.indexOf('|')).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
})();

let editor: Editor;
before(async () => {
  editor = await startEditor();
  await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: TEXT } });
  await editor.diagnostics(URI);
});
after(async () => {
  if (editor.process.exitCode === null) await editor.close();
});

const request = <T>(method: string, params: Record<string, unknown>) =>
  editor.connection.sendRequest(method, { textDocument: { uri: URI }, ...params }) as Promise<T>;
/** The text a range covers. */
const textOf = (range: Range) => {
  const lines = TEXT.split('\n');
  return lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
};

test('document highlights: every mention of the person under the cursor, the introducing one marked', async () => {
  const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', { position: CURSOR });
  assert.deepEqual(
    highlights.map((h) => [textOf(h.range), h.range.start.line, h.kind]),
    [
      ['Tom Vance', 2, 3],
      ['Vance', 4, 2],
      ['Vance', 6, 2],
    ],
  );
});

test('references and go to definition', async () => {
  const all = await request<Location[]>('textDocument/references', { position: CURSOR, context: { includeDeclaration: true } });
  assert.equal(all.length, 3);
  const later = await request<Location[]>('textDocument/references', { position: CURSOR, context: { includeDeclaration: false } });
  assert.deepEqual(
    later.map((l) => l.range.start.line),
    [4, 6],
  );
  const definition = await request<Location>('textDocument/definition', { position: CURSOR });
  assert.equal(textOf(definition.range), 'Tom Vance');
});

test('rename a person: full name and family name each get their new form', async () => {
  const prepared = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { position: CURSOR });
  assert.equal(prepared.placeholder, 'Vance');
  const edit = await request<WorkspaceEdit>('textDocument/rename', { position: CURSOR, newName: 'Thomas Vale' });
  assert.deepEqual(
    edit.changes![URI].map((e) => [textOf(e.range), e.newText]),
    [
      ['Tom Vance', 'Thomas Vale'],
      ['Vance', 'Vale'],
      ['Vance', 'Vale'],
    ],
  );
  const onNothing = await request<unknown>('textDocument/prepareRename', { position: { line: 0, character: 2 } });
  assert.equal(onNothing, null);
});

test('inlay hints: the person a pronoun or short-form speaker is, and an actor alias’s canonical name', async () => {
  const hints = await request<InlayHint[]>('textDocument/inlayHint', { range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } });
  const lines = TEXT.split('\n');
  // Each hint stands right after the word it explains.
  const labels = hints.map((h) => [lines[h.position.line].slice(0, h.position.character).split(' ').pop(), h.label]);
  assert.deepEqual(labels, [
    ['Strontium', '→ APT28'],
    ['Vance', '→ Tom Vance'],
    ['he', '→ Tom Vance'],
  ]);
});

test('code lens: how often a person is quoted, over their first mention', async () => {
  const lenses = await request<CodeLens[]>('textDocument/codeLens', {});
  assert.deepEqual(
    lenses.map((l) => [textOf(l.range), l.command?.title, l.command?.command]),
    [['Tom Vance', 'quoted 2 times', 'newslens.showReferences']],
  );
});

test('workspace symbols: people and actors of the open articles', async () => {
  const symbols = (await editor.connection.sendRequest('workspace/symbol', { query: 'van' })) as SymbolInformation[];
  assert.deepEqual(
    symbols.map((s) => [s.name, s.location.uri]),
    [['Tom Vance', URI]],
  );
  const actors = (await editor.connection.sendRequest('workspace/symbol', { query: 'apt' })) as SymbolInformation[];
  assert.deepEqual(
    actors.map((s) => s.name),
    ['APT28'],
  );
});

test('cards: a mention inside a quote says who said the quote; a country card counts its forms and actors', async () => {
  const uri = 'file:///tmp/newslens-test/cards.article';
  const text =
    'Tom Vance, the agency’s director, spoke on Monday.\n\n“Strontium was behind it,” Vance said. The Kremlin denied it, and Russian officials stayed silent.\n';
  await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  await editor.diagnostics(uri);
  const hoverAt = async (word: string) => {
    const line = text.split('\n')[2];
    const hover = (await editor.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: line.indexOf(word) + 1 },
    })) as { contents: { value: string } };
    return hover.contents.value;
  };
  const actor = await hoverAt('Strontium');
  assert.match(actor, /APT28/);
  assert.match(actor, /Inside a quote:\* “Vance” → \*\*Tom Vance\*\* \(a short form of the name\)/);
  const country = await hoverAt('Kremlin');
  assert.match(country, /2 mentions, as Kremlin, Russian/);
  assert.match(country, /Threat actors here attributed to it:\*\* APT28/);
});

test('a person card lists the roles other open articles give the same person', async () => {
  const first = 'file:///tmp/newslens-test/first.article';
  const second = 'file:///tmp/newslens-test/second.article';
  await editor.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: first, languageId: 'article', version: 1, text: 'Lena Osei, the city’s water commissioner, said the pumps held.\n' },
  });
  await editor.diagnostics(first);
  const text = '“We were lucky,” said Lena Osei, a former engineer at the plant.\n';
  await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: second, languageId: 'article', version: 1, text } });
  await editor.diagnostics(second);
  const hover = (await editor.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: second },
    position: { line: 0, character: text.indexOf('Osei') },
  })) as { contents: { value: string } };
  assert.match(hover.contents.value, /In other articles of the workspace:\*\*\n- the city’s water commissioner \(\*first\\.article\*\)/);
});
