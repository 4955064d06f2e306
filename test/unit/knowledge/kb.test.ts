import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities/entities';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { structure } from '../../../server/src/analysis/text/structure';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { parseFixture, renderAnnotations } from '../fixture';

// The generated actor knowledge base as the matcher sees it: ransomware and cybercrime gangs the
// overlay adds or names, and the names of theirs that are ordinary words and so need a context cue.

const knowledge = builtinKnowledge();
const index = indexKnowledge(knowledge);
const byId = new Map(knowledge.actors.map((a) => [a.id, a]));

/** Checks that the actor mentions of a fixture's text are exactly the annotated ones (label = id). */
function check(source: string): void {
  const { text, annotations } = parseFixture(source);
  const { entities } = findEntities(text, structure(text), index);
  const actual = entities.filter((e) => e.kind === 'actor').map((e) => ({ start: e.start, end: e.end, label: e.id }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

/** The actor that owns a name, and whether the name needs a context cue. */
function owner(name: string): { id: string; needsContext: boolean } | undefined {
  for (const actor of knowledge.actors) {
    const alias = actor.aliases.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (alias) return { id: actor.id, needsContext: Boolean(alias.needsContext) };
  }
  return undefined;
}

test('gang names resolve to one group each, vendor names of the same gang included', () => {
  const expected: Record<string, string> = {
    LockBit: 'actor:lockbit',
    'BITWISE SPIDER': 'actor:lockbit',
    ALPHV: 'actor:alpha-spider',
    BlackCat: 'actor:alpha-spider',
    'ALPHA SPIDER': 'actor:alpha-spider',
    'Black Basta': 'actor:black-basta',
    'GOLD REBELLION': 'actor:black-basta',
    DarkSide: 'actor:darkside',
    BlackMatter: 'actor:darkside',
    'Ragnar Locker': 'actor:ragnar-locker',
    'VIKING SPIDER': 'actor:ragnar-locker',
    'Storm-0671': 'actor:cuba',
    UNC2596: 'actor:cuba',
    'Vice Society': 'actor:vanilla-tempest',
    'VICE SPIDER': 'actor:vanilla-tempest',
    Ryuk: 'actor:G0102',
    Conti: 'actor:G0102',
    Qilin: 'actor:G1050',
    'Octo Tempest': 'actor:G1015',
    'Storm-1359': 'actor:anonymous-sudan',
    'Storm-0784': 'actor:cyber-av3ngers',
    CARR: 'actor:cyber-army-of-russia-reborn',
    DragonForce: 'actor:dragonforce-ransomware',
    'DragonForce Malaysia': 'actor:dragonforce',
  };
  for (const [name, id] of Object.entries(expected)) assert.equal(owner(name)?.id, id, name);
  // The clusters that now give their names to a gang are no groups of their own.
  for (const gone of ['actor:bitwise-spider', 'actor:gold-rebellion', 'actor:vice-spider', 'actor:viking-spider', 'actor:storm-0671']) {
    assert.equal(byId.has(gone), false, gone);
  }
});

test('gang names that are ordinary words need context; distinctive ones do not', () => {
  for (const name of ['Play', 'Royal', 'Hive', 'Akira', 'Medusa', 'Maze', 'Agenda', 'Cactus', 'Interlock', 'Embargo', 'Lynx', 'Cuba']) {
    assert.equal(owner(name)?.needsContext, true, name);
  }
  for (const name of ['LockBit', 'BlackSuit', 'Qilin', 'Ryuk', 'BianLian', '8Base', 'Hunters International', 'NoEscape', 'Babuk']) {
    assert.equal(owner(name)?.needsContext, false, name);
  }
});

test('an ordinary-word gang name counts next to a cue', () => {
  check(`
    Investigators said Play ransomware was deployed, and the Play gang posted the files.
                       ^^^^ actor:G1040
                                                             ^^^^ actor:G1040
    Officials blamed the Royal ransomware group, and later the Hive ransomware gang.
                         ^^^^^ actor:blacksuit
                                                               ^^^^ actor:hive
    The Medusa ransomware group and the Akira gang listed the school; so did the Lynx gang.
        ^^^^^^ actor:G1051
                                        ^^^^^ actor:G1024
                                                                                 ^^^^ actor:lynx
  `);
});

test('at a sentence start an ordinary-word gang name needs its kind right after it', () => {
  check(`
    Royal ransomware hit the city. Akira gang members posted the files.
    ^^^^^ actor:blacksuit
                                   ^^^^^ actor:G1024
    Lead investigators said the hacking group was careful. Play continued at the stadium despite the ransomware scare.
    Indra, the hacktivist group that hit the railways, struck again. Indra Nooyi, a chief executive, spoke.
    ^^^^^ actor:predatory-sparrow
  `);
});

test('an ordinary-word gang name is no actor in ordinary prose', () => {
  check(`
    Royal Mail said its parcels were delayed. Hackers play a role, the report said.
    The team worked like a Hive mind. The museum retold the Medusa myth for children.
    The trade embargo held, and a lynx was seen near the Interlock bridge on the agenda.
    Akira Amari, a lawmaker, spoke. The Royal Navy was not hit.
  `);
});

test('a country-named gang matches in its full name; the country stays the country', () => {
  const text = 'The Cuba ransomware gang hit Montenegro, while Cuba denied any role.';
  const { entities } = findEntities(text, structure(text), index);
  assert.deepEqual(
    entities.filter((e) => e.text.startsWith('Cuba')).map((e) => [e.text, e.id]),
    [
      ['Cuba ransomware', 'actor:cuba'],
      ['Cuba', 'country:CU'],
    ],
  );
});

test('distinctive gang names match without a cue', () => {
  check(`
    DarkSide hit Colonial Pipeline and came back as BlackMatter; BianLian and 8Base followed.
    ^^^^^^^^ actor:darkside
                                                    ^^^^^^^^^^^ actor:darkside
                                                                 ^^^^^^^^ actor:bianlian
                                                                              ^^^^^ actor:8base
    DragonForce hit a retailer, while DragonForce Malaysia defaced sites and Qilin hit a lab.
    ^^^^^^^^^^^ actor:dragonforce-ransomware
                                      ^^^^^^^^^^^^^^^^^^^^ actor:dragonforce
                                                                             ^^^^^ actor:G1050
  `);
});
