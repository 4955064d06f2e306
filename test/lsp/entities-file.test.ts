/** The workspace entities file, through the server as an editor runs it. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startEditor } from './harness';

test('a malformed entities file gets a diagnostic on itself, and its valid entries still apply', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-ws-'));
  mkdirSync(path.join(folder, '.newslens'));
  const file = path.join(folder, '.newslens', 'entities.json');
  writeFileSync(file, '{ "people": [ { "name": "Dana Whitfield", "role": "security director of the institute" } ], "organizations": [ { "name": 7 } ] }');
  const editor = await startEditor({}, pathToFileURL(folder).toString());
  try {
    const fileUri = pathToFileURL(file).toString();
    const published = await editor.diagnostics(fileUri);
    assert.equal(published.diagnostics.length > 0, true);
    assert.match(String(published.diagnostics[0].message), /name/);

    const uri = pathToFileURL(path.join(folder, 'story.article')).toString();
    const text = 'Breach at the institute\n\n"We saw it within hours," said Dana Whitfield.\n';
    await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const hover = await waitForHover(editor, uri, { line: 2, character: text.split('\n')[2].indexOf('Whitfield') });
    assert.match((hover.contents as MarkupContent).value, /security director of the institute/);
  } finally {
    await editor.close();
  }
});

/** Polls the hover: the entities file is loaded asynchronously after `initialized`. */
async function waitForHover(editor: Awaited<ReturnType<typeof startEditor>>, uri: string, position: { line: number; character: number }): Promise<Hover> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hover = (await editor.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
    if (hover && /security director/.test((hover.contents as MarkupContent).value)) return hover;
    if (Date.now() > deadline) throw new Error(`No hover with the role: ${JSON.stringify(hover)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
