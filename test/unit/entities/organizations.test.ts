/** Organization recognition: acronyms, country prefixes, sentence openers and the organization knowledge. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findEntities } from '../../../server/src/analysis/entities/entities';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { initials, isAcronym } from '../../../server/src/analysis/entities/organizations/acronyms';
import { slugify } from '../../../server/src/analysis/text/ids';
import { structure } from '../../../server/src/analysis/text/structure';
import { builtinKnowledge } from '../../../server/src/knowledge/index';
import { parseFixture, renderAnnotations } from '../fixture';

const knowledge = builtinKnowledge();
const index = indexKnowledge(knowledge);

/**
 * Checks that the entity mentions of a fixture's text are exactly the annotated ones (label = id).
 * People are left out: recognising them is another suite's business.
 */
function check(source: string): void {
  const { text, annotations } = parseFixture(source);
  const { entities } = findEntities(text, structure(text), index);
  const actual = entities.filter((e) => e.kind !== 'person').map((e) => ({ start: e.start, end: e.end, label: e.id }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, annotations));
}

test('an unlisted organization takes the id of the acronym the article gives it', () => {
  // In parentheses, anywhere after; by initials of the capitalised words (three letters or more) without
  // them; never when two names share the initials; a listed acronym in parentheses lends its id.
  check(`
    The Halvard Fraud Agency (HFA) said the HFA's inquiry would continue.
        ^^^^^^^^^^^^^^^^^^^^ org:hfa
                              ^^^ org:hfa
                                            ^^^ org:hfa
    Later the Halvard Fraud Agency added more, and HFA officers agreed.
              ^^^^^^^^^^^^^^^^^^^^ org:hfa
                                                   ^^^ org:hfa
    The Bureau of Cyber Statistics warned on Monday; the BCS said nothing more.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^ org:bcs
                                                         ^^^ org:bcs
    The Kestrel Data Protection Authority and the Kestrel Data Processing Agency both opened a KDPA file.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:kestrel-data-protection-authority
                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:kestrel-data-processing-agency
    Halden & Crane hired the Harbor Council; HC and the HA were not linked.
    ^^^^^^^^^^^^^^ org:halden-crane
                             ^^^^^^^^^^^^^^ org:harbor-council
    The Czech Cyber Agency (NUKIB) and Romanian Intelligence Service (SRI) agreed.
        ^^^^^^^^^^^^^^^^^^ org:nukib
                            ^^^^^ org:nukib
                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:sri
                                                                      ^^^ org:sri
  `);
});

test('country prefixes: part of the name where the name carries it, a country mention before a listed name', () => {
  check(`
    U.S. Cyber Command and Britain's National Crime Agency named Iran's Islamic Revolutionary Guard Corps.
    ^^^^^^^^^^^^^^^^^^ org:uscybercom
                           ^^^^^^^ country:GB
                                     ^^^^^^^^^^^^^^^^^^^^^ org:nca
                                                                 ^^^^ country:IR
                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:irgc
    The U.S. Justice Department, the U.S. Secret Service and US Cyber Command worked with the U.S. Space Command.
        ^^^^ country:US
             ^^^^^^^^^^^^^^^^^^ org:justice-department
                                     ^^^^^^^^^^^^^^^^^^^ org:secret-service
                                                             ^^^^^^^^^^^^^^^^ org:uscybercom
                                                                                              ^^^^^^^^^^^^^^^^^^ org:spacecom
    The Office of Foreign Assets Control (OFAC) acted; the Treasury said OFAC would add names.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:ofac
                                          ^^^^ org:ofac
                                                           ^^^^^^^^ org:treasury-department
                                                                         ^^^^ org:ofac
    The Australian Cyber Security Centre (ACSC), part of the Australian Signals Directorate, and the Canadian Centre for Cyber Security agreed.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:acsc
                                          ^^^^ org:acsc
                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:asd
                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:cccs
    Japan's National Police Agency and the NPA's cyber unit; South Korea's National Intelligence Service (NIS).
    ^^^^^ country:JP
            ^^^^^^^^^^^^^^^^^^^^^^ org:npa
                                           ^^^ org:npa
                                                             ^^^^^^^^^^^ country:KR
                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:nis
                                                                                                          ^^^ org:nis
    The Russian Defence Ministry and the Ministry of Defence of the Russian Federation are one body.
        ^^^^^^^^^^^^^^^^^^^^^^^^ org:russian-ministry-of-defence
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org:russian-ministry-of-defence
  `);
});

test('an unlisted name that carries its country prefix is one organization, U.S. and U.K. slugged as one word', () => {
  check(`
    Officials at the U.S. Forest Service and the U.K. Space Agency agreed.
                     ^^^^^^^^^^^^^^^^^^^ org:us-forest-service
                                                 ^^^^^^^^^^^^^^^^^ org:uk-space-agency
  `);
});

test('sentence-opening adverbs name no organization; a name glued to a listed one is not listed with it', () => {
  check(`
    Vendors patched on Monday.
    Elsewhere, a vendor in Ohio warned customers.
    Tonight, the exchange in Dubai halted withdrawals.
    Nationally, a retailer that sells shoes closed stores.
    Zelvora, a mobile operator in Moldova, went dark. Later Zelvora recovered.
    ^^^^^^^ org:zelvora
                                  ^^^^^^^ country:MD
                                                            ^^^^^^^ org:zelvora
    Routers from Cisco Meraki and Netgear were hijacked.
                 ^^^^^ org:cisco
                                  ^^^^^^^ org:netgear
  `);
});

test('honorifics, a comma that ends a phrase, and longer names around a listed one', () => {
  // "Mr." is no organization listed with Amazon; "the State Department, Vexor searches" is no list; the
  // Republican Party's full name is left to shape recognition so that state parties keep theirs.
  check(`
    He criticised Amazon and Mr. Bezos, and at the State Department, Vexor searches lagged.
                  ^^^^^^ org:amazon
                                                   ^^^^^^^^^^^^^^^^ org:state-department
    Routers from Cisco, Zelnet and Netgear failed; the Ohio Republican Party and the GOP met.
                 ^^^^^ org:cisco
                        ^^^^^^ org:zelnet
                                   ^^^^^^^ org:netgear
                                                       ^^^^^^^^^^^^^^^^^^^^^ org:ohio-republican-party
                                                                                     ^^^ org:republican-party
  `);
});

test("a company's research team is an organization of its own; task forces and alliances have organization heads", () => {
  check(`
    Recorded Future's Insikt Group and Palo Alto Networks' Unit 42 briefed the Ransomware Task Force (RTF).
    ^^^^^^^^^^^^^^^ org:recorded-future
                      ^^^^^^^^^^^^ org:insikt-group
                                       ^^^^^^^^^^^^^^^^^^ org:palo-alto-networks
                                                           ^^^^^^^ org:unit42
                                                                               ^^^^^^^^^^^^^^^^^^^^^ org:rtf
                                                                                                      ^^^ org:rtf
    The RTF said members of the Cyber Threat Alliance would gather at the Brookings Institution.
        ^^^ org:rtf
                                ^^^^^^^^^^^^^^^^^^^^^ org:cyber-threat-alliance
                                                                          ^^^^^^^^^^^^^^^^^^^^^ org:brookings-institution
  `);
});

test('ordinary words that are also organization names stay plain', () => {
  check(`
    Progress was slow on Labour Day, and the Ministry of Labour saw CCTV footage at 10 a.m. PST.
                                             ^^^^^^^^^^^^^^^^^^ org:ministry-of-labour
    The colonial era ended, a change was due, and an ICO raised money for the Guardian Council.
                                                                              ^^^^^^^^^^^^^^^^ org:guardian-council
    Progress Software patched MOVEit; Change Healthcare and Colonial Pipeline paid.
    ^^^^^^^^^^^^^^^^^ org:progress-software
                                      ^^^^^^^^^^^^^^^^^ org:change-healthcare
                                                            ^^^^^^^^^^^^^^^^^ org:colonial-pipeline
    Intel officials said the Senate Majority Leader met the Senate Commerce Committee.
                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^ org:senate-commerce-committee
  `);
});

test('acronyms and initials', () => {
  assert.equal(initials('National Crime Agency'), 'NCA');
  assert.equal(initials('Office of the Director of National Intelligence'), 'ODNI');
  assert.equal(initials('Cybersecurity and Infrastructure Security Agency'), 'CISA');
  assert.equal(initials('Bybit'), '');
  assert.ok(isAcronym('NCA') && isAcronym('BfV') && isAcronym('CERT'));
  assert.ok(!isAcronym('K-12') && !isAcronym('Nca') && !isAcronym('A'));
});

test('organization knowledge: ids are org slugs, every alias names one organization, none is a country name', () => {
  const orgs = knowledge.organizations ?? [];
  assert.ok(orgs.length > 400);
  const owner = new Map<string, string>();
  const countryNames = new Set(
    (knowledge.countries ?? []).flatMap((c) => [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? []), ...(c.metonyms ?? [])]).map((n) => n.toLowerCase()),
  );
  for (const o of orgs) {
    assert.match(o.id, /^org:[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u, o.id);
    assert.equal(o.id, `org:${slugify(o.id.slice(4))}`);
    assert.ok(o.description && o.description.length <= 160, `${o.id} needs a short description`);
    if (o.country) assert.match(o.country, /^[A-Z]{2}$/);
    for (const name of [o.name, ...o.aliases]) {
      const key = name.toLowerCase();
      assert.ok(!countryNames.has(key), `${name} (${o.id}) is also a country name`);
      assert.ok(!/^the\s/i.test(name), `${name} (${o.id}): spans leave out a leading "the"`);
      const other = owner.get(key);
      assert.ok(other === undefined || other === o.id, `${name} names both ${other} and ${o.id}`);
      owner.set(key, o.id);
    }
  }
});

test('a listed organization that opens a longer name gives the longer name; a title after it does not', () => {
  const text = 'The Department of Defense Cyber Crime Center (DC3) warned. The U.N. Ambassador John Bolton spoke.';
  const orgs = findEntities(text, structure(text), index)
    .entities.filter((e) => e.kind === 'organization')
    .map((e) => e.text);
  assert.deepEqual(orgs, ['Department of Defense Cyber Crime Center', 'DC3', 'U.N.']);
});
