import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities, indexKnowledge } from '../../server/src/analysis/entities';
import { structure } from '../../server/src/analysis/text';
import { builtinKnowledge } from '../../server/src/knowledge/index';
import { parseFixture, renderAnnotations } from './fixture';

const index = indexKnowledge(builtinKnowledge());

/** Checks that the entity mentions of a fixture's text are exactly the annotated ones (label = id). */
function check(source: string): void {
  const { text, annotations } = parseFixture(source);
  const { entities } = findEntities(text, structure(text), index);
  const actual = entities.map((e) => ({ start: e.start, end: e.end, label: e.id }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

function people(text: string) {
  return findEntities(text, structure(text), index).people;
}

test('every name of APT28 is one actor, in every case and with possessives', () => {
  check(`
    STRONTIUM, which Microsoft now calls Forest Blizzard, is Fancy Bear.
    ^^^^^^^^^ actor:G0007
                     ^^^^^^^^^ org:microsoft
                                         ^^^^^^^^^^^^^^^ actor:G0007
                                                             ^^^^^^^^^^ actor:G0007
    Strontium's tools, Sofacy's tools and TA422 phishing are alike.
    ^^^^^^^^^ actor:G0007
                       ^^^^^^ actor:G0007
                                          ^^^^^ actor:G0007
  `);
});

test('multiword names, Storm names and numbered names', () => {
  check(`
    Midnight Blizzard and Sandworm Team struck; Lazarus Group and Storm-0558 too, as did APT 29.
    ^^^^^^^^^^^^^^^^^ actor:G0016
                          ^^^^^^^^^^^^^ actor:G0034
                                                ^^^^^^^^^^^^^ actor:G0032
                                                                  ^^^^^^^^^^ actor:storm-0558
                                                                                         ^^^^^^ actor:G0016
  `);
});

test('ordinary words are no actors without a cue', () => {
  check(`
    The lead investigator said Lead poisoning was ruled out.
    She won a gold medal and drove a Ford Mustang past the Mercury Theatre.
    Zinc prices rose. The Cobalt mine is closed.
  `);
});

test('an ordinary-word name counts with a cue or another name of the same actor', () => {
  check(`
    Microsoft tracks the North Korean hacking group it once called Zinc.
    ^^^^^^^^^ org:microsoft
                         ^^^^^^^^^^^^ country:KP
                                                                   ^^^^ actor:G0032
    In a second breach, the Lazarus Group hit banks, and later Zinc went quiet.
                            ^^^^^^^^^^^^^ actor:G0032
                                                               ^^^^ actor:G0032
  `);
});

test('countries by name, short form, demonym and metonym; compounds keep the country word only', () => {
  check(`
    The U.S. and Britain said Russian spies, backed by the Kremlin, and Iran-backed hackers hit America.
        ^^^^ country:US
                 ^^^^^^^ country:GB
                              ^^^^^^^ country:RU
                                                           ^^^^^^^ country:RU
                                                                        ^^^^ country:IR
                                                                                                ^^^^^^^ country:US
    Beijing denied it; Pyongyang and Tehran said nothing, and China-based actors stayed.
    ^^^^^^^ country:CN
                       ^^^^^^^^^ country:KP
                                     ^^^^^^ country:IR
                                                              ^^^^^ country:CN
  `);
});

test('languages are not countries', () => {
  check(`
    The note was written in Russian and English, and a Chinese-language version followed.
    Officials who speak Russian read the French version translated from Arabic.
    Russian-speaking forums lit up.
  `);
});

test('capitals inside other names and datelines are not countries', () => {
  check(`
    BERLIN — The Washington Post and a New Jersey official quoted George Washington.
                 ^^^^^^^^^^^^^^^ org:washington-post
                                                                  ^^^^^^^^^^^^^^^^^ person:george-washington
  `);
});

test('people: full names with titles, appositives, speech verbs and later short forms', () => {
  check(`
    "It was deliberate," said Tom Burt, Microsoft's corporate vice president for customer security and trust.
                              ^^^^^^^^ person:tom-burt
                                        ^^^^^^^^^ org:microsoft
    Burt added that Mr. Burt's team would publish more.
    ^^^^ person:tom-burt
                        ^^^^ person:tom-burt
    Deputy Interior Minister Katrin Vogel spoke first; Ms. Vogel did not say more.
                             ^^^^^^^^^^^^ person:katrin-vogel
                                                           ^^^^^ person:katrin-vogel
  `);
  const found = people(`"It was deliberate," said Tom Burt, Microsoft's corporate vice president for customer security and trust. Later Deputy Interior Minister Katrin Vogel spoke.`);
  assert.equal(found.find((p) => p.id === 'person:tom-burt')?.role, "Microsoft's corporate vice president for customer security and trust");
  assert.equal(found.find((p) => p.id === 'person:katrin-vogel')?.role, 'Deputy Interior Minister');
});

test('people: no persons from places, organizations, actors, days or sentence-initial words', () => {
  check(`
    On Monday, Fancy Bear hit the Justice Department in March.
               ^^^^^^^^^^ actor:G0007
                                  ^^^^^^^^^^^^^^^^^^ org:justice-department
    Officials said Sandworm Team was behind it. Hackers said nothing.
                   ^^^^^^^^^^^^^ actor:G0034
  `);
});

test('people keep Unicode names and family-name-first short forms', () => {
  check(`
    "We patched it," said Łukasz Wójcik. Researcher Han Ji-woo said Han had seen it and Wójcik agreed.
                          ^^^^^^^^^^^^^ person:łukasz-wójcik
                                                    ^^^^^^^^^^ person:han-ji-woo
                                                                    ^^^ person:han-ji-woo
                                                                                        ^^^^^^ person:łukasz-wójcik
  `);
});

test('a person without any stated role has role null', () => {
  const found = people('"No comment," said Dana Whitfield.');
  assert.deepEqual(
    found.map((p) => [p.id, p.role]),
    [['person:dana-whitfield', null]],
  );
});

test('recognition never throws on odd input', () => {
  for (const text of ['', '\u0000', "'s", 'APT', '-'.repeat(1000), 'Storm-', 'Mr.', 'A'.repeat(50000), '\uD800 Zinc group']) {
    findEntities(text, structure(text), index);
  }
});

test('ordinary-word names inside longer names and title-case headlines stay plain words', () => {
  check(`
    Lead Investigator Says Gold Medal Winner Broke Rules

    Cobalt Strike beacons were found, and the San Jose Mercury News said so.
  `);
});

test('roles with connectors and organizations before the title', () => {
  const found = people('Secretary of State Antony Blinken met FBI Director Christopher Wray.');
  assert.deepEqual(
    found.map((p) => [p.name, p.role]),
    [
      ['Antony Blinken', 'Secretary of State'],
      ['Christopher Wray', 'FBI Director'],
    ],
  );
});
