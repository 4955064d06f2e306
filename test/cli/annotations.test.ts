/**
 * `newslens export` for annotation tools and `newslens import` back: the W3C Web Annotation and brat
 * outputs against golden files, their offsets in code points, and a round trip through brat that loses
 * no entity, quote, speaker or finding; corrections made in brat become workspace entities.
 */
import { strict as assert } from 'node:assert';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { readBrat } from '../../server/src/views/brat';
import { golden, run } from './helpers';

const SAMPLE = 'samples/lazarus-heist.txt';
/** An invented article with an astral character before its entities, so code points and UTF-16 differ. */
const ARTICLE = `🔥 Grid alert\n\nFancy Bear broke into the Velmora water utility last spring, according to the utility.\n\n"We shut the pumps down within the hour," said Ines Vallo, the utility's operations chief. "Nothing was poisoned."\n\nQuiet Heron, a group nobody had named before, was also seen on the network, she said.\n`;

const codePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

test('webannotation: golden file; every annotation selects its span by quote and by code point position', () => {
  const result = run(['export', '--format', 'webannotation', '--base', 'https://example.org/articles/', SAMPLE]);
  assert.equal(result.status, 0, result.stderr);
  golden('formats/lazarus-heist.webannotation.jsonld', result.stdout);

  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-wa-'));
  writeFileSync(path.join(folder, 'alert.txt'), ARTICLE);
  const collection = JSON.parse(run(['export', '--format', 'webannotation', 'alert.txt'], { cwd: folder }).stdout);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items;
  assert.equal(collection.total, items.length);
  const analysis = JSON.parse(run(['check', '--format', 'json', 'alert.txt'], { cwd: folder }).stdout).files[0];
  assert.equal(items.length, analysis.entities.length + analysis.quotes.length + analysis.diagnostics.length);
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    assert.match(a.id, /^urn:newslens:annotation:[0-9a-f]{16}:(entity|quote|finding)-\d+$/);
    assert.ok(a.target.source.startsWith('file:///') && a.target.source.endsWith('/alert.txt'));
    const [quote, position] = a.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal(codePoints(ARTICLE, position.start, position.end), quote.exact);
  }
  const bodies = (kind: string) => items.filter((a: { id: string }) => a.id.includes(`:${kind}-`)).map((a: { body: object[] }) => a.body);
  const links = bodies('entity').flatMap((body: { purpose: string; id?: string }[]) => body.filter((b) => b.purpose === 'identifying').map((b) => b.id));
  assert.ok(links.includes('https://attack.mitre.org/groups/G0007/'), 'Fancy Bear links to its ATT&CK page');
  const saidBy = bodies('quote').flatMap((body: { purpose: string; value?: string }[]) => body.filter((b) => b.purpose === 'describing').map((b) => b.value));
  assert.ok(saidBy.includes('Said by Ines Vallo'));
});

/** The JSON contract's entities, quotes and findings of a file, as the brat reader returns them. */
function contract(file: { entities: object[]; quotes: object[]; diagnostics: object[] }) {
  return {
    entities: file.entities.map(({ kind, start, end, text, id, name }: any) => ({ kind, start, end, text, id, name })),
    quotes: file.quotes,
    findings: file.diagnostics,
  };
}

test('brat: golden file; export then read back loses no entity, quote, speaker or finding', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'newslens-brat-'));
  const exported = run(['export', '--format', 'brat', '--out', out, SAMPLE]);
  assert.equal(exported.status, 0, exported.stderr);
  const ann = readFileSync(path.join(out, 'samples/lazarus-heist.ann'), 'utf8');
  golden('formats/lazarus-heist.ann', ann);
  assert.ok(existsSync(path.join(out, 'annotation.conf')));

  for (const [folder, file] of [
    [path.resolve(__dirname, '../../..'), SAMPLE],
    [mkdtempSync(path.join(tmpdir(), 'newslens-brat-')), 'alert.txt'],
  ]) {
    if (file === 'alert.txt') writeFileSync(path.join(folder, file), ARTICLE);
    const target = mkdtempSync(path.join(tmpdir(), 'newslens-brat-'));
    assert.equal(run(['export', '--format', 'brat', '--out', target, file], { cwd: folder }).status, 0);
    const stem = path.join(target, file.replace(/\.txt$/, ''));
    const doc = readBrat(readFileSync(`${stem}.ann`, 'utf8'), readFileSync(`${stem}.txt`, 'utf8'));
    assert.deepEqual(doc.problems, []);
    const expected = contract(JSON.parse(run(['check', '--format', 'json', file], { cwd: folder }).stdout).files[0]);
    const byStart = (x: any, y: any) => x.start - y.start || x.end - y.end;
    assert.deepEqual(doc.entities, [...expected.entities].sort(byStart), file);
    assert.deepEqual(doc.quotes, [...expected.quotes].sort(byStart), file);
    assert.deepEqual(doc.findings, [...expected.findings].sort(byStart), file);
    // Read back unchanged, the file holds no correction: nothing is written.
    const entities = path.join(target, 'entities.json');
    const imported = run(['import', '--format', 'brat', '--entities', entities, `${stem}.ann`], { cwd: folder });
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /0 corrections/);
    assert.ok(!existsSync(entities));
  }
});

test('brat import: an actor marked in brat becomes a workspace entity that the next check finds', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newslens-import-'));
  writeFileSync(path.join(folder, 'alert.txt'), ARTICLE);
  assert.equal(run(['export', '--format', 'brat', 'alert.txt'], { cwd: folder }).status, 0);
  const before = JSON.parse(run(['check', '--format', 'json', 'alert.txt'], { cwd: folder }).stdout).files[0];
  assert.ok(!before.entities.some((e: { text: string }) => e.text === 'Quiet Heron'));
  // What a person does in brat: mark the group NewsLens missed (offsets in code points).
  const at = [...ARTICLE].join('').indexOf('Quiet Heron');
  const start = [...ARTICLE.slice(0, at)].length;
  appendFileSync(path.join(folder, 'alert.ann'), `T900\tActor ${start} ${start + 11}\tQuiet Heron\n`);
  const imported = run(['import', '--format', 'brat', 'alert.ann'], { cwd: folder });
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stderr, /1 added, 0 updated/);
  const entities = JSON.parse(readFileSync(path.join(folder, '.newslens/entities.json'), 'utf8'));
  assert.deepEqual(entities, { actors: [{ name: 'Quiet Heron' }] });
  const after = JSON.parse(run(['check', '--format', 'json', 'alert.txt'], { cwd: folder }).stdout).files[0];
  assert.ok(after.entities.some((e: { text: string; kind: string }) => e.text === 'Quiet Heron' && e.kind === 'actor'));
  // Importing again changes nothing.
  assert.match(run(['import', '--format', 'brat', 'alert.ann'], { cwd: folder }).stderr, /0 added, 0 updated/);
});
