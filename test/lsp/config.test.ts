/** `.newslens.json` through the server as an editor runs it: read per article, and followed as it changes. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startEditor } from './harness';

const ARTICLE = 'Water plant checks valves\n\n"We checked every valve twice this week," said Tom Vance.\n\nSources say the plant was never at risk.\n';

/** `code:severity` of each published diagnostic (1 error, 2 warning, 3 information, 4 hint). */
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
const same = (expected: string[]) => (p: PublishDiagnosticsParams) => JSON.stringify(codes(p)) === JSON.stringify(expected);

test('a change to .newslens.json changes the published diagnostics without a restart; the editor settings win where set', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-config-ws-'));
  mkdirSync(path.join(folder, 'desk'));
  const config = path.join(folder, '.newslens.json');
  const configUri = pathToFileURL(config).toString();
  writeFileSync(config, '{\n  // the desk\'s rules\n  "rules": { "vague-source": "error" },\n}\n');
  const editor = await startEditor({ rules: { 'speaker-without-role': 'hint' } }, pathToFileURL(folder).toString());
  try {
    const uri = pathToFileURL(path.join(folder, 'desk', 'story.article')).toString();
    await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: ARTICLE } });
    await editor.diagnostics(uri, same(['speaker-without-role:4', 'vague-source:1']));

    // The file changes on disk and the client's watcher says so: the new severities apply at once.
    writeFileSync(config, '{ "rules": { "vague-source": "off", "speaker-without-role": "error" } }');
    await editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await editor.diagnostics(uri, same(['speaker-without-role:4']));

    // A malformed file: a diagnostic on the spot in the config, and its valid part still applies.
    writeFileSync(config, '{ "rules": { "vague-source": "warning", "unbalanced-quote": "loud" }, "ignoreNames": ["Tom Vance"] ');
    await editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const own = await editor.diagnostics(configUri, (p) => p.diagnostics.some((d) => /"unbalanced-quote"/.test(String(d.message))));
    assert.equal(own.diagnostics[0].code, 'newslens-config');
    assert.deepEqual(own.diagnostics[0].range.start, { line: 0, character: 60 });
    assert.ok(own.diagnostics.some((d) => /Expected "}"/.test(String(d.message))));
    await editor.diagnostics(uri, same(['vague-source:2']));

    // The config is deleted: the article is back to the defaults, and the config's diagnostics are cleared.
    rmSync(config);
    await editor.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
    await editor.diagnostics(configUri, (p) => p.diagnostics.length === 0);
    await editor.diagnostics(uri, same(['speaker-without-role:4', 'vague-source:3']));
  } finally {
    await editor.close();
  }
});

test('a folder nearer the article wins, and a file its exclude names gets no findings', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-config-ws-'));
  mkdirSync(path.join(folder, 'desk', 'archive'), { recursive: true });
  writeFileSync(path.join(folder, '.newslens.json'), '{ "rules": { "vague-source": "error" } }');
  writeFileSync(path.join(folder, 'desk', '.newslens.json'), '{ "rules": { "vague-source": "warning" }, "exclude": ["archive"] }');
  const editor = await startEditor({}, pathToFileURL(folder).toString());
  try {
    const open = async (name: string) => {
      const uri = pathToFileURL(path.join(folder, name)).toString();
      await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: ARTICLE } });
      return uri;
    };
    await editor.diagnostics(await open('story.article'), same(['speaker-without-role:3', 'vague-source:1']));
    await editor.diagnostics(await open('desk/story.article'), same(['speaker-without-role:3', 'vague-source:2']));
    await editor.diagnostics(await open('desk/archive/old.article'), same([]));
  } finally {
    await editor.close();
  }
});
