import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities/entities';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { structure } from '../../../server/src/analysis/text/structure';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { parseFixture, renderAnnotations } from '../fixture';

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
    The French, German and Arabic versions of this page are machine-translated.
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
  const found = people(
    `"It was deliberate," said Tom Burt, Microsoft's corporate vice president for customer security and trust. Later Deputy Interior Minister Katrin Vogel spoke.`,
  );
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

test('languages: language nouns after a demonym, prepositions and manner words before it, lists of languages', () => {
  check(`
    The memoir, translated from the Russian, opens with a Chinese idiom.
    She answered in flawless Ukrainian, then in Hebrew and French; Russian speakers and a Chinese-language channel followed.
    Speaking in Russian, Ivan read the Chinese original. Files in Russian and English leaked.
    Posts in German have been removed, and ads ran in Spanish beginning in April.
    The files stayed in Russian hands, in Russian and Chinese hands, and in Russian cyberspace.
                        ^^^^^^^ country:RU
                                          ^^^^^^^ country:RU
                                                      ^^^^^^^ country:CN
                                                                            ^^^^^^^ country:RU
  `);
});

test('country words inside organization names belong to the organization', () => {
  check(`
    EU DisinfoLab and the Romanian Intelligence Service (SRI) briefed the Chinese Academy of Sciences.
    ^^^^^^^^^^^^^ org:eu-disinfolab
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:sri
                                                         ^^^ org:sri
                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:chinese-academy-of-sciences
    The Russian Orthodox Church and the Bank of England stayed silent, but Russian officials did not.
        ^^^^^^^^^^^^^^^^^^^^^^^ org:russian-orthodox-church
                                        ^^^^^^^^^^^^^^^ org:bank-of-england
                                                                           ^^^^^^^ country:RU
    The SRI said the Russian Federal Security Service and the University of Washington were involved.
        ^^^ org:sri
                     ^^^^^^^ country:RU
                             ^^^^^^^^^^^^^^^^^^^^^^^^ org:fsb
                                                              ^^^^^^^^^^^^^^^^^^^^^^^^ org:university-of-washington
  `);
});

test('capitals: places after locative and travel words, governments otherwise; seats of government always', () => {
  check(`
    The embassy in Canberra, a conference in Lisbon and the mayor of Bucharest were named.
    Think tanks in London and Washington said a Beijing-based firm and Russia-based hackers were involved.
                                                                       ^^^^^^ country:RU
    Beijing denied it, Moscow retaliated after pressure from Washington, and Washington and London accused the Kremlin.
    ^^^^^^^ country:CN
                       ^^^^^^ country:RU
                                                             ^^^^^^^^^^ country:US
                                                                             ^^^^^^^^^^ country:US
                                                                                            ^^^^^^ country:GB
                                                                                                               ^^^^^^^ country:RU
    He flew to Moscow; messages now sitting in Moscow worried Downing Street, and analysts pointed at Tehran.
                                               ^^^^^^ country:RU
                                                              ^^^^^^^^^^^^^^ country:GB
                                                                                                      ^^^^^^ country:IR
  `);
});

test('people without titles: lists introduced as people, ages, family-name-first names and their short forms', () => {
  check(`
    Prosecutors charged five men — Tan Dailin, Jiang Lizhi and Wong Ong Hua — with fraud.
                                   ^^^^^^^^^^ person:tan-dailin
                                               ^^^^^^^^^^^ person:jiang-lizhi
                                                               ^^^^^^^^^^^^ person:wong-ong-hua
    Two others were identified as Zhang Haoran and Gao Wenlin.
                                  ^^^^^^^^^^^^ person:zhang-haoran
                                                   ^^^^^^^^^^ person:gao-wenlin
    Gao Wenlin, 35, of Chengdu, ran the servers. Later Gao denied it, and Mr. Tan declined to comment.
    ^^^^^^^^^^ person:gao-wenlin
                                                       ^^^ person:gao-wenlin
                                                                              ^^^ person:tan-dailin
  `);
  check(`
    Orsolya Benedek, 41, and Teodor Kalnins pleaded not guilty.
    ^^^^^^^^^^^^^^^ person:orsolya-benedek
                             ^^^^^^^^^^^^^^ person:teodor-kalnins
    The court heard that Kalnins had fled.
                         ^^^^^^^ person:teodor-kalnins
  `);
});

test('bylines and credits in other forms give the full name', () => {
  check(`
    **By Idris Okonkwo-Hale**
         ^^^^^^^^^^^^^^^^^^ person:idris-okonkwo-hale

    Issue 112, by Wendell Achterberg
                  ^^^^^^^^^^^^^^^^^^ person:wendell-achterberg

    *Interview by Agnieszka Zawadzka*
                  ^^^^^^^^^^^^^^^^^^ person:agnieszka-zawadzka

    The report landed on Monday.

    (Reporting by Tomasz Kerrigan in Canberra; Editing by Oswin Delacroix-Hart)
                  ^^^^^^^^^^^^^^^ person:tomasz-kerrigan
                                                          ^^^^^^^^^^^^^^^^^^^^ person:oswin-delacroix-hart
  `);
  check(
    `
    An analysis by Oswin Pemberton-Clyde

    The analysis ran long.
  `.replace(/\n\s*\n/, '\n                   ^^^^^^^^^^^^^^^^^^^^^ person:oswin-pemberton-clyde\n\n'),
  );
});

test('organizations: numbers, complements with "and", ampersands, and separate names joined by "and"', () => {
  check(`
    Chengdu 404 Network Technology and the National Security Division worked with the Center for Strategic Defense and Security Research.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:chengdu-404-network-technology
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^ org:national-security-division
                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:center-for-strategic-defense-and-security-research
    The Hanbit Institute for Security Studies and the Center for Digital Democracy disagreed with Halden & Crane and Korea Hydro & Nuclear Power.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:hanbit-institute-for-security-studies
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:center-for-digital-democracy
                                                                                                  ^^^^^^^^^^^^^^ org:halden-crane
                                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:korea-hydro-nuclear-power
    Georgetown University and Yonsei University hosted the Food and Drug Administration.
    ^^^^^^^^^^^^^^^^^^^^^ org:georgetown-university
                              ^^^^^^^^^^^^^^^^^ org:yonsei-university
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:food-and-drug-administration
  `);
});

test('places, publications and events are no people', () => {
  check(`
    The attack on Pearl Harbor was recalled by Charlie Hebdo and Le Monde, and by Le Soleil.
                                               ^^^^^^^^^^^^^ org:charlie-hebdo
                                                                 ^^^^^^^^ org:le-monde
    Sun Valley Lodge and Victoria Station were closed.
  `);
});

test('an acronym introduced in parentheses shares the organization id', () => {
  check(`
    The National Crime Agency (NCA) said the NCA's inquiry would continue; NCA officers agreed.
        ^^^^^^^^^^^^^^^^^^^^^ org:nca
                               ^^^ org:nca
                                             ^^^ org:nca
                                                                           ^^^ org:nca
  `);
});

test('one-word organizations from what the sentence says of them, then every use of the name', () => {
  check(`
    Thieves hit the exchange Bybit, and the Israeli company Unitronics patched; Kyivstar, Ukraine's largest mobile operator, went dark.
                             ^^^^^ org:bybit
                                            ^^^^^^^ country:IL
                                                            ^^^^^^^^^^ org:unitronics
                                                                                ^^^^^^^^ org:kyivstar
                                                                                          ^^^^^^^ country:UA
    Routers made by Cisco and Netgear were hijacked, researchers at Hanbit said, and Bybit and Kyivstar recovered.
                    ^^^^^ org:cisco
                              ^^^^^^^ org:netgear
                                                                    ^^^^^^ org:hanbit
                                                                                     ^^^^^ org:bybit
                                                                                               ^^^^^^^^ org:kyivstar
    Officials in Tel Aviv said nothing; the mayor of Abu Dhabi spoke.
  `);
});

test('a later short form of an organization name shares its id', () => {
  check(`
    The Hanbit Institute for Security Studies said so. Later the Hanbit Institute added more.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:hanbit-institute-for-security-studies
                                                                 ^^^^^^^^^^^^^^^^ org:hanbit-institute-for-security-studies
  `);
});

test('ransomware gangs from the overlay, which no pinned source lists as actors', () => {
  check(`
    LockBit and BlackCat hit hospitals; Conti and REvil were quieter.
    ^^^^^^^ actor:lockbit
                ^^^^^^^^ actor:alpha-spider
                                        ^^^^^ actor:G0102
                                                  ^^^^^ actor:G0115
  `);
});
