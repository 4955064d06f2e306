import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities/entities';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { structure } from '../../../server/src/analysis/text/structure';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { mergeKnowledge, parseUserEntities } from '../../../server/src/knowledge/user';

/** The text each problem points at, with its message, for compact assertions. */
function problemsOf(json: string): [string, string][] {
  return parseUserEntities(json).problems.map((p) => [json.slice(p.start, p.end), p.message]);
}

test('valid entries are added and found in text', () => {
  const json = JSON.stringify({
    actors: [{ name: 'Quiet Heron', aliases: ['QH-7', { name: 'Heron', needsContext: true }], country: 'ru' }],
    people: [{ name: 'Jane Roe', role: 'CISO of Acme' }],
    organizations: [{ name: 'Acme Security', aliases: ['ACME'] }],
  });
  const { additions, problems } = parseUserEntities(json);
  assert.deepEqual(problems, []);
  assert.equal(additions.actors?.[0].id, 'actor:quiet-heron');
  assert.equal(additions.actors?.[0].country, 'RU');
  const index = indexKnowledge(mergeKnowledge(builtinKnowledge(), additions));
  const text = 'ACME says QH-7, which Jane Roe tracks, is not Quiet Heron.';
  const ids = findEntities(text, structure(text), index).entities.map((e) => `${e.text}=${e.id}`);
  assert.deepEqual(ids, ['ACME=org:acme-security', 'QH-7=actor:quiet-heron', 'Jane Roe=person:jane-roe', 'Quiet Heron=actor:quiet-heron']);
});

test('an entry with a built-in id or name corrects it, and a claimed alias moves', () => {
  const { additions } = parseUserEntities(
    '{"actors": [{"name": "APT28", "sponsor": "GRU 85th GTsSS", "aliases": ["Sednit"]}, {"name": "Lab Rats", "aliases": ["Sofacy"]}]}',
  );
  const merged = mergeKnowledge(builtinKnowledge(), additions);
  const apt28 = merged.actors.find((a) => a.id === 'actor:G0007')!;
  assert.equal(apt28.sponsor, 'GRU 85th GTsSS');
  assert.equal(apt28.name, 'APT28');
  assert.ok(!apt28.aliases.some((a) => a.name === 'Sofacy'));
  assert.ok(merged.actors.find((a) => a.name === 'Lab Rats')!.aliases.some((a) => a.name === 'Sofacy'));
  assert.equal(merged.actors.length, builtinKnowledge().actors.length + 1);
});

test('schema violations point at the offending value and the rest still applies', () => {
  const json = '{"actors": [{"name": "Good One"}, {"aliases": ["x"]}, {"name": "Bad Year", "firstSeen": "2014", "colour": "red"}], "extra": 1}';
  assert.deepEqual(problemsOf(json), [
    ['{"aliases": ["x"]}', 'This entry of "actors" needs a "name" (or the "id" of an entry to correct).'],
    ['"2014"', '"firstSeen" must be a year such as 2014.'],
    [
      '"colour"',
      'Unknown property "colour" (allowed: id, name, aliases, country, sponsor, firstSeen, attackId, microsoftName, targets, software, campaigns, refs).',
    ],
    ['"extra"', 'Unknown section "extra": expected "actors", "people" or "organizations".'],
  ]);
  assert.deepEqual(
    parseUserEntities(json).additions.actors?.map((a) => a.name),
    ['Good One', 'Bad Year'],
  );
});

test('malformed JSON gives a located message and keeps the entries before the error', () => {
  const json = '{"people": [{"name": "Ann Lee"}, {"name": "Bo Chan",, }]}';
  const { additions, problems } = parseUserEntities(json);
  assert.equal(problems.length >= 1, true);
  assert.equal(json.slice(problems[0].start, problems[0].end), ',');
  assert.match(problems[0].message, /Expected a property name/);
  assert.deepEqual(
    additions.people?.map((p) => p.name),
    ['Ann Lee', 'Bo Chan'],
  );
  for (const bad of ['', '   ', '[]', 'null', '{', '{"actors": 3}', '"', '{"actors": [1, null, {"name": ""}]}', '\uFEFF{}']) {
    parseUserEntities(bad);
  }
});
