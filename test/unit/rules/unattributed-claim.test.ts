import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, fixed, quotesOf, run, speaker } from './harness';

const C = 'unattributed-claim';

test('an actor said to have hacked, with no source, is flagged', () => {
  check(
    C,
    `
    Fancy Bear hacked the German parliament in 2015, stealing gigabytes of data.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
  `,
  );
});

test('countries, demonyms, groups tied to a country, passives with an agent and "tried to" are accusations', () => {
  for (const sentence of [
    "Russian hackers breached the ministry's network last year.",
    "In 2016, Russia's GRU interfered in the presidential election.",
    'China-linked hackers have compromised telecom networks across Asia.',
    'North Korea was behind the 2014 attack on a film studio.',
    'Iranian hackers tried to breach the campaign of a candidate.',
    'Lazarus also stole $620 million in cryptocurrency in 2022.',
    'Sandworm launched a wiper attack against Ukrainian banks.',
    'The stolen emails were leaked by Fancy Bear weeks later.',
    'The attack was attributed to Sandworm.',
    'APT28, a unit of the GRU, has spied on NATO governments for years.',
    'The Chinese government sponsored the campaign.',
    'Volt Typhoon, which has targeted utilities in Guam, stayed hidden for years.',
    'APT33 sent phishing emails to staff and stole their passwords.',
    'APT28 — also known as Fancy Bear — hacked the committee in 2016.',
    'Chinese state-sponsored hackers have spent years stealing trade secrets.',
    "Hackers working for Russia's military intelligence agency broke into the accounts.",
    'Hackers linked to China breached the ministry in March.',
    'The attack was carried out by Sandworm, the unit behind earlier blackouts.',
  ]) {
    const findings = run(C, sentence);
    assert.deepEqual(
      findings.map((f) => [f.start, f.end]),
      [[0, sentence.length]],
      sentence,
    );
  }
});

test('the previous sentence of the paragraph can carry the source', () => {
  check(
    C,
    `
    According to Microsoft, APT28 hacked the ministry. APT28 also targeted the party.
  `,
  );
  check(
    C,
    `
    Microsoft said APT28 hacked the ministry. Volt Typhoon also targeted the party's servers.
  `,
  );
});

test('a new paragraph starts a new account', () => {
  check(
    C,
    `
    Microsoft said APT28 hacked the ministry.

    APT28 also targeted the party's servers.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
  `,
  );
});

test('sources in the sentence attribute it', () => {
  check(
    C,
    `
    The FBI said Fancy Bear hacked the committee. Fancy Bear hacked the committee, according to the FBI.
    Fancy Bear hacked the committee, the Justice Department alleged in an indictment.
    In a report published Tuesday, Mandiant said APT28 targeted ministries across Europe.
    The U.S. accused Russia of hacking the grid. APT28 hacked the committee, the report found.

    Chinese state hackers have targeted firewalls, researchers at Mandiant said.

    APT28 was behind the intrusion, Microsoft researchers concluded in a blog post.
  `,
  );
});

test('quoted words are the speaker’s claim', () => {
  check(
    C,
    `
    “Fancy Bear hacked us,” said the party's spokesman.
  `,
  );
});

test('opinion, questions, hypotheticals, negation and denials are not claims', () => {
  check(
    C,
    `
    Russia must not be allowed to attack its neighbours again.

    Russia could target the grid this winter.

    Could China hack the election?

    There is no evidence that Russia hacked the voting machines.

    The Kremlin has denied that Russia hacked the ministry.

    Iran may try to interfere in the vote.
  `,
  );
});

test('background without an accusation, victims and unnamed hackers are not claims', () => {
  check(
    C,
    `
    APT28, also known as Fancy Bear, has been active since 2004. Microsoft tracks the group as Forest Blizzard.

    Hackers broke into the water plant last weekend.

    Ukrainian networks were targeted last week.

    Sanctions targeted Russian banks and Chinese suppliers.

    The APT28 attacks on the party were discussed at length.

    Sandworm attacks on Ukraine's grid have grown more careful.
  `,
  );
});

test('noun compounds, policy verbs, markets and reported accusations are not claims', () => {
  check(
    C,
    `
    Employment was stable until China entered the trade body in 2001 and gained access to markets in the United States.

    Germany targets a surge of online abuse with a new law.

    The rebels include fighters inside Ukraine who carry out occasional attacks on patrols.

    The gala was sponsored by the American Unity Fund and two other groups.

    Trump dismissed the intelligence consensus that Russia hacked the committee's email.

    China launched a campaign against corruption in 2013.

    Leaks might contain fake documents inserted by Russian hackers.
  `,
  );
});

test('headlines and bylines are not claims', () => {
  check(
    C,
    `
    Russian hackers hit the German parliament

    By Ana Diaz

    The parliament said the hackers had left.
  `,
  );
});

test('a vague source attributes the claim (vague-source flags it instead)', () => {
  check(
    C,
    `
    Fancy Bear reportedly hacked the committee. Sources say Russia breached the grid.
  `,
  );
});

test('the message names the accused and the fix adds a source', () => {
  const [finding] = run(C, 'In 2016, the North Korean group APT28 hacked the committee.');
  assert.match(finding.message, /APT28/);
  assert.equal(fixed(C, 'Volt Typhoon hacked a utility in 2023.'), 'Volt Typhoon hacked a utility in 2023, according to [SOURCE].');
});

test('the fixes also offer each source the article already quotes by name', () => {
  const text = 'Volt Typhoon hacked a utility in 2023. "We found it in May," said Dana Holt.';
  const withHolt = (t: string) => {
    const quotes = quotesOf(t);
    quotes[0].speaker = speaker(t, 'Dana Holt', 'name', 'person:dana-holt');
    return { quotes };
  };
  const [finding] = run(C, text, withHolt);
  assert.deepEqual(
    finding.data?.fixes?.map((f) => f.title),
    ['Add a source: ", according to [SOURCE]"', 'Attribute to Dana Holt: ", according to Dana Holt"'],
  );
  assert.equal(fixed(C, text, withHolt, 1), 'Volt Typhoon hacked a utility in 2023, according to Dana Holt. "We found it in May," said Dana Holt.');
});

test('theft and destruction verbs accuse too', () => {
  check(
    C,
    `
    Lazarus Group drained $100 million from a cross-chain bridge in 2022.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
  `,
  );
  check(
    C,
    `
    Sandworm encrypted and destroyed the shipping firm's servers, the company said.
  `,
  );
});

test("a gang's affiliates and members are the gang acting", () => {
  check(
    C,
    `
    Scattered Spider affiliates have also attacked casinos in Nevada.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
  `,
  );
});
