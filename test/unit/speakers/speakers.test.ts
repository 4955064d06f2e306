import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/quotes';
import { attributeSpeakers } from '../../../server/src/analysis/speakers/speakers';
import { structure } from '../../../server/src/analysis/text/structure';
import type { EntityMention, Person } from '../../../server/src/analysis/types';
import { parseFixture, renderAnnotations } from '../fixture';

/** Organizations the entity stage would find, for the fixtures below. */
const ORGANIZATIONS: Record<string, { id: string; name: string }> = {
  FBI: { id: 'org:fbi', name: 'Federal Bureau of Investigation' },
  'Cybersecurity and Infrastructure Security Agency': { id: 'org:cisa', name: 'Cybersecurity and Infrastructure Security Agency' },
  Microsoft: { id: 'org:microsoft', name: 'Microsoft' },
  NCSC: { id: 'org:ncsc', name: 'National Cyber Security Centre' },
  'Foreign Office': { id: 'org:foreign-office', name: 'Foreign Office' },
  'Ministry of Justice': { id: 'org:ministry-of-justice', name: 'Ministry of Justice' },
  'Acme Systems': { id: 'org:acme-systems', name: 'Acme Systems' },
};

/** Every mention of the organizations above, as the entity stage reports them. */
function entitiesOf(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [written, org] of Object.entries(ORGANIZATIONS)) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      out.push({ kind: 'organization', start: at, end: at + written.length, text: written, ...org });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Checks the speaker of every quote of a fixture. Each quote is marked with the expected speaker
 * mention and id (`he -> person:jane-roe`; `?` for an unresolved id), or `none`.
 */
function checkSpeakers(source: string, people: Person[] = []): void {
  const { text, annotations } = parseFixture(source);
  const s = structure(text);
  const quotes = attributeSpeakers(text, s, findQuotes(text, s).quotes, entitiesOf(text), people);
  const actual = quotes.map((q) => ({ start: q.start, end: q.end, label: q.speaker ? `${q.speaker.text} -> ${q.speaker.id || '?'}` : 'none' }));
  const expected = annotations.map((a) => ({ ...a, end: Math.min(a.end, text.indexOf('\n', a.start) < 0 ? a.end : text.indexOf('\n', a.start)) }));
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, expected));
}

test('"...," X said and "...," said X, with titles and parentheticals', () => {
  checkSpeakers(`
    “We will respond,” Jane Roe said. "It was a wake-up call," said Rep. Jim Clyburn (D-S.C.), the assistant leader.
    ^^^^^^^^^^^^^^^^^^ Jane Roe -> person:jane-roe
                                      ^^^^^^^^^^^^^^^^^^^^^^^^ Jim Clyburn -> person:jim-clyburn
  `);
});

test('X said: "...", and a role before the name', () => {
  checkSpeakers(`
    White House press secretary Josh Earnest said: “The president has been briefed.”
                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Josh Earnest -> person:josh-earnest
  `);
});

test('a long appositive between the quote and the verb', () => {
  checkSpeakers(`
    “We saw it coming,” Ana Diaz, the chief of the state's cyber unit and a former Navy officer, said Monday.
    ^^^^^^^^^^^^^^^^^^^ Ana Diaz -> person:ana-diaz
  `);
});

test('reported speech makes a speaker, and a later pronoun refers to them', () => {
  checkSpeakers(`
    Jane Roe said the attack had been contained by Friday.

    “It was a wake-up call,” she added.
    ^^^^^^^^^^^^^^^^^^^^^^^^ she -> person:jane-roe
  `);
});

test('he and she resolve to the last person whose pronoun fits', () => {
  checkSpeakers(`
    Ms. Roe said the plant was safe. Mr. Diaz disagreed with her.

    “It was never safe,” he said. “We told them in March,” she said.
    ^^^^^^^^^^^^^^^^^^^^ he -> person:diaz
                                  ^^^^^^^^^^^^^^^^^^^^^^^^ she -> person:roe
  `);
});

test('given names tell he from she, and a bare surname is the one who last acted', () => {
  checkSpeakers(`
    Elizabeth Warren questioned John Stumpf on Tuesday. Stumpf apologized to the committee.

    “You should resign,” she said. “I accept responsibility,” he replied.
    ^^^^^^^^^^^^^^^^^^^^ she -> person:elizabeth-warren
                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^ he -> person:john-stumpf

    Former President Bill Clinton spoke in Flint for his wife, Hillary Clinton.

    “It doesn't make any sense,” Clinton said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Clinton -> person:bill-clinton
  `);
});

test('it resolves to the last organization, and I to the byline', () => {
  checkSpeakers(`
    By Ana Diaz

    Microsoft said the attackers used a stolen key.

    “We have revoked it,” it said. “I asked twice,” I said.
    ^^^^^^^^^^^^^^^^^^^^^ it -> org:microsoft
                                   ^^^^^^^^^^^^^^^^ I -> person:ana-diaz
  `);
});

test('a pronoun with nobody before it stays unresolved', () => {
  checkSpeakers(`
    “We will not pay,” he said.
    ^^^^^^^^^^^^^^^^^^ he -> ?
  `);
});

test('a surname resolves to the full name given earlier', () => {
  checkSpeakers(`
    Elizabeth Warren questioned the bank's chief executive on Tuesday.

    “This just isn't right,” Warren said.
    ^^^^^^^^^^^^^^^^^^^^^^^^ Warren -> person:elizabeth-warren
  `);
});

test('according to X', () => {
  checkSpeakers(`
    “The network is down,” according to Mark Diaz, a spokesman for the utility.
    ^^^^^^^^^^^^^^^^^^^^^^ Mark Diaz -> person:mark-diaz
  `);
});

test('nominals resolve to the last organization of their kind', () => {
  checkSpeakers(`
    Microsoft said the intrusion began in May. The Cybersecurity and Infrastructure Security Agency issued a warning.

    “Patch now,” the agency said. “We saw the activity early,” the company said.
    ^^^^^^^^^^^^ the agency -> org:cisa
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the company -> org:microsoft
  `);
});

test('a role for an organization resolves to the organization', () => {
  checkSpeakers(`
    “We are aware of the activity,” a spokesman for the FBI said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a spokesman for the FBI -> org:fbi
  `);
});

test('a spokesperson speaks for the organization named in the phrase', () => {
  checkSpeakers(`
    “We are monitoring the activity,” an NCSC spokesperson said. “We do not comment on intelligence,” a Foreign Office spokesperson said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ an NCSC spokesperson -> org:ncsc
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a Foreign Office spokesperson -> org:foreign-office

    “Customers need not act,” a Microsoft spokeswoman said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^ a Microsoft spokeswoman -> org:microsoft

    The Cybersecurity and Infrastructure Security Agency issued an alert.

    “Patch now,” the agency's spokesperson said.
    ^^^^^^^^^^^^ the agency's spokesperson -> org:cisa
  `);
});

test('the bureau, the ministry and the company resolve to an organization of that kind, or to nobody', () => {
  checkSpeakers(`
    The FBI opened an inquiry after the Cybersecurity and Infrastructure Security Agency issued its alert.

    “The investigation is ongoing,” the bureau said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the bureau -> org:fbi

    The Ministry of Justice and the FBI met on Monday.

    “No decision was taken,” the ministry said.
    ^^^^^^^^^^^^^^^^^^^^^^^^ the ministry -> org:ministry-of-justice

    “We will cooperate fully,” the company said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^ the company -> ?

    “We are cooperating,” the Company said. “We found nothing,” the Russian company said.
    ^^^^^^^^^^^^^^^^^^^^^ Company -> ?
                                            ^^^^^^^^^^^^^^^^^^^ the Russian company -> ?
  `);
});

test('it after an organization spoke refers to that organization', () => {
  checkSpeakers(`
    Microsoft released a patch. The company said the flaw was serious. “Customers should update,” it said.
                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^ it -> org:microsoft

    Microsoft released a patch. The company said the FBI had warned it in May. “We acted quickly,” it said.
                                                                               ^^^^^^^^^^^^^^^^^^^ it -> org:microsoft

    Acme Systems said on Monday that it had been hacked. “We are investigating,” it added.
                                                         ^^^^^^^^^^^^^^^^^^^^^^^ it -> org:acme-systems
  `);
  // A company nobody named keeps "it" from the agency named after it.
  checkSpeakers(`
    The company said the FBI had warned it in May. “We acted quickly,” it said.
                                                   ^^^^^^^^^^^^^^^^^^^ it -> ?
  `);
});

test('she and he go to the last person of that gender, even one who did not speak', () => {
  checkSpeakers(`
    “We disagree,” said Xu Bing.
    ^^^^^^^^^^^^^^ Xu Bing -> person:xu-bing

    The plan was defended by Rebecca Long, the ambassador. “There is nothing left,” she added.
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^ she -> person:rebecca-long

    “We will respond,” said Chen Yu.
    ^^^^^^^^^^^^^^^^^^ Chen Yu -> person:chen-yu

    The vote was called by Mrs. Okafor, who chairs the panel. “No delay,” she added.
                                                              ^^^^^^^^^^^ she -> person:okafor

    “It was close,” Dana Ruiz said. The deal was signed by Kwame Mensah, a spokesman for the union. “It holds,” he said.
    ^^^^^^^^^^^^^^^ Dana Ruiz -> person:dana-ruiz
                                                                                                    ^^^^^^^^^^^ he -> person:kwame-mensah
  `);
});

test('the speaker of this paragraph, pronoun not yet known, beats someone known to fit from further back', () => {
  checkSpeakers(`
    Tabitha Ferreira-Lund, the ambassador, said the talks were over. “We are done,” she said.
                                                                     ^^^^^^^^^^^^^^ she -> person:tabitha-ferreira-lund

    Kalnins Dobrev, the mayor, said the city would recover. “We will,” she said.
                                                            ^^^^^^^^^^ she -> person:kalnins-dobrev
  `);
});

test('a bare name matches the first or last word of a full name met before', () => {
  checkSpeakers(`
    Gao Wenlin said on Friday that the talks had failed.

    “We oppose the sanctions,” Gao said. “They are unfair,” he added.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^ Gao -> person:gao-wenlin
                                         ^^^^^^^^^^^^^^^^^^ he -> person:gao-wenlin
  `);
});

test('an opening quote never closed still runs to the end of its paragraph', () => {
  checkSpeakers(`
    Anna Berg said: “We will keep marching until they listen.
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Anna Berg -> person:anna-berg

    The police left.
  `);
});

test('a speaker named in the sentence before a colon', () => {
  checkSpeakers(`
    Vance was blunt: “There will be no deal.”
                     ^^^^^^^^^^^^^^^^^^^^^^^^ Vance -> person:vance

    Caddell continued:

    “The numbers have not moved since August.”
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Caddell -> person:caddell
  `);
});

test('a quote continued across paragraphs, credited at its end', () => {
  checkSpeakers(`
    “We saw the first intrusion in March.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Diaz -> person:diaz

    “By April they were inside the billing system,” Diaz said.
  `);
});

test('a quote continued across paragraphs, introduced in its first paragraph', () => {
  checkSpeakers(`
    Diaz put it plainly: “We saw the first intrusion in March.
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Diaz -> person:diaz

    “By April they were inside the billing system.”

    The company did not comment.
  `);
});

test('a name as a label before a colon, as headlines and transcripts write it', () => {
  checkSpeakers(`
    Putin: ‘We Will Respond to Any Provocation.’
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Putin -> person:putin

    More from Jones: “The partisanship of the state is a starting point.”
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Jones -> person:jones
  `);
});

test('a denied cue credits nothing, and a pre-quote cue beats one in the next sentence', () => {
  checkSpeakers(`
    The campaign said in a statement: “Neither email involves the secretary.” Mr. Band did not elaborate.
                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The campaign -> ?
  `);
});

test('quotes with no cue of their own take the speaker next to them', () => {
  checkSpeakers(`
    “We are ready,” said Ana Diaz. “We have trained for this.”
    ^^^^^^^^^^^^^^^ Ana Diaz -> person:ana-diaz
                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ Ana Diaz -> person:ana-diaz

    “And we will respond.”
    ^^^^^^^^^^^^^^^^^^^^^^ Ana Diaz -> person:ana-diaz

    “Nobody is safe.” “Nobody,” Lee said.
    ^^^^^^^^^^^^^^^^^ Lee -> person:lee
                      ^^^^^^^^^ Lee -> person:lee
  `);
});

test('a quote right after reported speech goes on with its speaker, but not after a passive', () => {
  checkSpeakers(`
    Maria Lopez said the plant had been safe for years. “We checked every valve twice.”
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Maria Lopez -> person:maria-lopez

    Residents were told to boil their water. “Nobody told us anything.”
                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^ none
  `);
});

test('questions answered in their own sentence, and dash credits', () => {
  checkSpeakers(`
    “Why now?” Ms. Roe asked.
    ^^^^^^^^^^ Roe -> person:roe

    “He does not speak for us.” ― Maria Lopez
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ Maria Lopez -> person:maria-lopez
  `);
});

test('fragments are credited to the verb that reports them', () => {
  checkSpeakers(`
    Trump called the report “fake news” and left. The crowd cheered.
                            ^^^^^^^^^^^ Trump -> person:trump
  `);
});

test('a quote nobody is credited with', () => {
  checkSpeakers(`
    The banner read nothing. “Nobody knows who did it.” The crowd dispersed.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ none
  `);
});

test('the entity stage’s people give the id', () => {
  const people: Person[] = [{ id: 'person:jane-q-roe', name: 'Jane Q. Roe', role: null, mentions: [] }];
  checkSpeakers(
    `
    “It is contained,” Roe said.
    ^^^^^^^^^^^^^^^^^^ Roe -> person:jane-q-roe
  `,
    people,
  );
});

test('the speaker stage never throws', () => {
  for (const text of ['"'.repeat(500), '“a” said', 'said “', '“x,” said', '“x,” he', ', said he “y”', '“A,” said the', 'According to “x”']) {
    const s = structure(text);
    attributeSpeakers(text, s, findQuotes(text, s).quotes, [], []);
  }
  const big = '"Yes," he said. "No," she said. '.repeat(20000);
  const s = structure(big);
  const quotes = attributeSpeakers(big, s, findQuotes(big, s).quotes, [], []);
  assert.equal(quotes.filter((q) => q.speaker).length, 40000);
  // One long line of dash credits: only the last quote's credit closes the line.
  const line = '"Yes." ― Ana Diaz '.repeat(5000);
  const ls = structure(line);
  const credited = attributeSpeakers(line, ls, findQuotes(line, ls).quotes, [], []);
  assert.equal(credited.length, 5000);
});

test('names inside a quote are no antecedents for the attribution after it', () => {
  checkSpeakers(`
    Tom Vance, the agency's director, said the intrusion was contained. “Investigators traced it to accounts tied to Ana Ruiz's campaign and to Mark Doyle's office,” he said. “We blocked it within hours,” he added.
                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ he -> person:tom-vance
                                                                                                                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ he -> person:tom-vance
  `);
});

test('a given name not in the list fits either pronoun, and the current speaker comes first', () => {
  checkSpeakers(
    `
    “The pumps failed first,” said Gregor Lint, the plant manager.
    ^^^^^^^^^^^^^^^^^^^^^^^^^ Gregor Lint -> person:gregor-lint

    Tobiah Ekwueme, a technician at the plant, said he ran. “Then the lights went out,” he told reporters.
                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^ he -> person:tobiah-ekwueme
  `,
    [
      { id: 'person:gregor-lint', name: 'Gregor Lint', role: 'the plant manager', mentions: [] },
      { id: 'person:tobiah-ekwueme', name: 'Tobiah Ekwueme', role: 'a technician at the plant', mentions: [] },
    ],
  );
});

test('the person speaking beats one mentioned in passing, however well their gender is known', () => {
  checkSpeakers(
    `
    Mara Lindqvist met the minister, Hanne Dahl, in May. Lindqvist said she had asked for help. “Nobody called back,” she said.
                                                                                                ^^^^^^^^^^^^^^^^^^^^^ she -> person:mara-lindqvist
  `,
    [
      { id: 'person:mara-lindqvist', name: 'Mara Lindqvist', role: null, mentions: [] },
      { id: 'person:hanne-dahl', name: 'Hanne Dahl', role: 'the minister', mentions: [] },
    ],
  );
});

test('"the president" is the person the article titled so, unless someone was met by the role alone since', () => {
  checkSpeakers(
    `
    President Obama spoke at the museum. “This place tells our story,” the president said.
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the president -> person:obama

    A senior official told reporters the talks had stalled. “Nobody should expect a deal,” the official said.
                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the official -> ?
  `,
    [{ id: 'person:obama', name: 'Obama', role: 'President', mentions: [{ start: 10, end: 15 }] }],
  );
});

test('no speaker from an ordinary word opening a sentence, a titled document or a place with a party', () => {
  checkSpeakers(`
    Having seen the damage, the mayor spoke. “We will rebuild,” she said.
                                             ^^^^^^^^^^^^^^^^^^ she -> ?

    “We need answers,” the Ohio Democrat said on Tuesday.
    ^^^^^^^^^^^^^^^^^^ the Ohio Democrat -> ?

    “Stop the pumps,” said a man named Tom Vance.
    ^^^^^^^^^^^^^^^^^ Tom Vance -> person:tom-vance
  `);
});

test('a paragraph about someone else moves the story on; a speaker after the verb or past a dash aside is noted', () => {
  checkSpeakers(
    `
    “We heard the howls,” added Ana Ruiz, the assistant leader of the caucus.
    ^^^^^^^^^^^^^^^^^^^^^ Ana Ruiz -> person:ana-ruiz

    Tom Vance has little support in the district. He has tried to win voters over.

    “What do you have to lose?” he said in August.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ he -> person:tom-vance

    Debates rarely move the race, noted Metro Radio's Dana Holt.

    “Remember that debates happen late,” she said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ she -> person:dana-holt

    Oscar Lind, the chief executive of Lindco -- the firm that owns the evening show -- told me, “We are a content provider.”
                                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Oscar Lind -> person:oscar-lind
  `,
  );
});

test('a description nobody was given is an epithet for the person in view, never with full confidence', () => {
  const text =
    'Tom Vance says Ana Ruiz is lying about the deal. Vance charges that donors paid millions.\n\nThe Ohio businessman says of Ruiz, “She will sell the office.”';
  const s = structure(text);
  const [quote] = attributeSpeakers(text, s, findQuotes(text, s).quotes, [], []);
  assert.equal(quote.speaker?.name, 'Tom Vance');
  assert.equal(quote.speaker?.confidence, 'low');
});
