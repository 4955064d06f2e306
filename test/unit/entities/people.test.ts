/**
 * People whose only evidence is spread over the article: a full name in a lead with no title, whose
 * short form is later quoted or described; a copula role ("X is a former adviser"); "who"/"whom"
 * clauses; a name right after words that introduce people. Only person mentions are compared, so
 * these fixtures do not depend on the organization and actor data.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities/entities';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { structure } from '../../../server/src/analysis/text/structure';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { parseFixture, renderAnnotations } from '../fixture';

const index = indexKnowledge(builtinKnowledge());

function analysePeople(text: string) {
  return findEntities(text, structure(text), index);
}

/** The person mentions of a fixture's text are exactly the annotated ones (label = id). */
function checkPeople(source: string): void {
  const { text, annotations } = parseFixture(source);
  const actual = analysePeople(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => ({ start: e.start, end: e.end, label: e.id }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

function roleOf(source: string, id: string): string | null | undefined {
  const { text } = parseFixture(source);
  return analysePeople(text).people.find((p) => p.id === id)?.role;
}

test('a lead name with no title is a person when its short form is quoted or described later', () => {
  checkPeople(`
    Rukmini Sathe keeps a drawer of dead routers in her office.
    ^^^^^^^^^^^^^ person:rukmini-sathe
    "They are my teachers," said Sathe, the founder of a two-person lab.
                                 ^^^^^ person:rukmini-sathe
    Sathe, 47, spent nine years at a utility. Sathe declined to name clients.
    ^^^^^ person:rukmini-sathe
                                              ^^^^^ person:rukmini-sathe
  `);
  checkPeople(`
    Ebru Kaymaz found the implant first.
    ^^^^^^^^^^^ person:ebru-kaymaz
    It took a week, Kaymaz said.
                    ^^^^^^ person:ebru-kaymaz
  `);
});

test('every mention of a full name counts once one of them shows a person', () => {
  checkPeople(`
    Dariusz Wnuk ran the exercise in Gdansk.
    ^^^^^^^^^^^^ person:dariusz-wnuk
    Later that week Dariusz Wnuk told reporters the grid had held.
                    ^^^^^^^^^^^^ person:dariusz-wnuk
  `);
});

test('a surname used before the full name, even in a headline, links to it', () => {
  checkPeople(`
    Why Okonjo stopped trusting printers
        ^^^^^^ person:chidinma-okonjo

    For a decade Okonjo has warned about office hardware.
                 ^^^^^^ person:chidinma-okonjo
    Chidinma Okonjo, a researcher at a Lagos bank, said the printers were the easy way in.
    ^^^^^^^^^^^^^^^ person:chidinma-okonjo
  `);
});

test('a generation suffix is not the family name, "Ohio-based" is not part of the name, "Bill" before a family name is a given name', () => {
  checkPeople(`
    Governor Samuel T. Archer Jr. opened the session. Later, Mr. Archer left early.
             ^^^^^^^^^^^^^^^^^^^^ person:samuel-t-archer-jr
                                                                 ^^^^^^ person:samuel-t-archer-jr
    Mayor Bill de Vries spoke after the Farm Bill passed.
          ^^^^^^^^^^^^^ person:bill-de-vries
    "It is slow," Ohio-based Dana Whitlock said.
                             ^^^^^^^^^^^^^ person:dana-whitlock
  `);
});

test('"X is a former adviser": a copula role shows a person and gives the role', () => {
  const source = `
    The warning came too late. Anselm Threlkeld is a former senior adviser at the agency.
                               ^^^^^^^^^^^^^^^^ person:anselm-threlkeld
  `;
  checkPeople(source);
  assert.equal(roleOf(source, 'person:anselm-threlkeld'), 'a former senior adviser at the agency');
});

test('"who" and "whom" after a name show a person; "which" does not', () => {
  checkPeople(`
    Farhad Rostami, who ran the unit until 2021, did not reply.
    ^^^^^^^^^^^^^^ person:farhad-rostami
    Pellucid Harbor, which sells sensors, did not reply.
  `);
});

test('a name right after words that introduce people, even alone', () => {
  checkPeople(`
    The Treasury imposed sanctions on two men: Vsevolod Kuzmenko, whom it described as an officer, and Arkady Lisnyak.
                                               ^^^^^^^^^^^^^^^^^ person:vsevolod-kuzmenko
                                                                                                       ^^^^^^^^^^^^^^ person:arkady-lisnyak
    Police arrested Oluwaseun Bakare at the airport.
                    ^^^^^^^^^^^^^^^^ person:oluwaseun-bakare
  `);
});

test('no person from untitled capitalised runs that nothing marks as a person', () => {
  checkPeople(`
    Harbor Point keeps its backups offline. Crimson Tide won the game on Saturday.
    The Point was quiet, and Tide fans went home.
  `);
});

test('"his"/"her" after a name, and what only a person has, show a person', () => {
  checkPeople(`
    Marisol Quintero keeps her notes on paper. Ilkka Saarinen moved his team to Espoo.
    ^^^^^^^^^^^^^^^^ person:marisol-quintero
                                               ^^^^^^^^^^^^^^ person:ilkka-saarinen
    Yoshiro Matsuda's lawyer said the charges were baseless. Pellucid Harbor and its partners did not.
    ^^^^^^^^^^^^^^^ person:yoshiro-matsuda
  `);
});

test('roles in the forms articles give them: affiliation, age then appositive, "who leads", a later title over an affiliation', () => {
  const source = `
    Mandiant's Orla Brennan said the group was active. Kofi Mensah of Microsoft said the patch was late.
    Ines Duarte, 44, a former analyst at the NSA, said little. Tarik Benali, who leads threat research at Sophos, disagreed.
    Russia's Sergei Lavrov called the claims absurd. Brennan, the firm's chief analyst, agreed.
  `;
  assert.deepEqual(
    ['orla-brennan', 'kofi-mensah', 'ines-duarte', 'tarik-benali', 'sergei-lavrov'].map((id) => roleOf(source, `person:${id}`)),
    ["the firm's chief analyst", 'Microsoft', 'a former analyst at the NSA', 'leads threat research at Sophos', 'Russia'],
  );
});

test('a given name alone refers to the one person who has it: profiles and sign-offs', () => {
  checkPeople(`
    Halyna Vdovychenko, a network engineer, said the logs were clean. "Halyna sees things we miss," her manager said.
    ^^^^^^^^^^^^^^^^^^ person:halyna-vdovychenko
                                                                       ^^^^^^ person:halyna-vdovychenko
    Until next week,
    Halyna
    ^^^^^^ person:halyna-vdovychenko
  `);
});

test('a role noun and a comma before a name, "has denied", and titles inside a capitalised run', () => {
  checkPeople(`
    Prosecutors named a Moldovan national, Radu Cebotaru; and a retired engineer, Vesna Kralj.
                                           ^^^^^^^^^^^^^ person:radu-cebotaru
                                                                                  ^^^^^^^^^^^ person:vesna-kralj
    Prosecutors say Cebotaru sold the accounts. Kralj has denied the charges.
                    ^^^^^^^^ person:radu-cebotaru
                                                ^^^^^ person:vesna-kralj
    The fugitive businessman Oren Tzadik paid the voters, and Interim City Administrator Lemuel Jakes declared an emergency.
                             ^^^^^^^^^^^ person:oren-tzadik
                                                                                         ^^^^^^^^^^^^ person:lemuel-jakes
  `);
});

test('short forms of names with particles and of double family names', () => {
  checkPeople(`
    Tariq al-Hamdani, a plant operator, said the pumps stopped. Al-Hamdani told me he reset them.
    ^^^^^^^^^^^^^^^^ person:tariq-al-hamdani
                                                                ^^^^^^^^^^ person:tariq-al-hamdani
    Javier Ortega Ruiz, a senator, said nothing. Ortega Ruiz later said the vote stood.
    ^^^^^^^^^^^^^^^^^^ person:javier-ortega-ruiz
                                                 ^^^^^^^^^^^ person:javier-ortega-ruiz
  `);
});

test('no person from a byline job title or from a department name after a modifier', () => {
  checkPeople(`
    By Amara Okonkwo, Staff Writer
       ^^^^^^^^^^^^^ person:amara-okonkwo

    She spoke to an assistant deputy minister at Public Safety Canada.
  `);
});

test('a role given with a later short form, after an age and "is"', () => {
  const source = `
    Ilse Marquardt has watched the same hackers for a decade. "They are patient," she says.
    Marquardt, 38, is a senior analyst at the national response team.
  `;
  assert.equal(roleOf(source, 'person:ilse-marquardt'), 'a senior analyst at the national response team');
});

test('a role phrase with its own object before the comma and the name', () => {
  const source = `
    A lawyer for Ms. Adeyemi, Jacob Feldstein, said his client had answered every question.
  `;
  checkPeople(`
    A lawyer for Ms. Adeyemi, Jacob Feldstein, said his client had answered every question.
                     ^^^^^^^ person:adeyemi
                              ^^^^^^^^^^^^^^^ person:jacob-feldstein
  `);
  assert.equal(roleOf(source, 'person:jacob-feldstein'), 'A lawyer for Ms. Adeyemi');
});

test("a relative who shares a shown person's family name is a person too, unless the word before it is ordinary English", () => {
  checkPeople(`
    Kwabena Osei, 43, ran the pumping station.
    ^^^^^^^^^^^^ person:kwabena-osei
    Amara Osei filmed the flooding. Watching Osei work, neighbours brought tea.
    ^^^^^^^^^^ person:amara-osei
                                             ^^^^ person:kwabena-osei
    "We lost the east side," said Osei, the station chief.
                                  ^^^^ person:kwabena-osei
  `);
});
