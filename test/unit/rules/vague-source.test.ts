import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, fixed, run } from './harness';

const V = 'vague-source';

test('sources, people familiar with the matter, experts and analysts', () => {
  check(
    V,
    `
    Sources say the hackers left a message on the control screen.
    ^^^^^^^^^^^ vague-source
    People familiar with the investigation said the hackers had tried again.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
    According to people familiar with the matter, the FBI has opened an investigation.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
    Security experts believe the group is still active. Analysts say the campaign is growing.
    ^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                                                        ^^^^^^^^^^^^ vague-source
    The attack came from Russia, according to sources.
                                 ^^^^^^^^^^^^^^^^^^^^ vague-source
  `,
  );
});

test('officials of a local body the story is about are that body speaking', () => {
  check(
    V,
    `
    City officials confirmed the outage. Hospital officials said surgeries had resumed.
    Officials said the city would pay.
    ^^^^^^^^^^^^^^ vague-source
  `,
  );
});

test('officials with no name or agency; nationality alone is not an agency', () => {
  check(
    V,
    `
    U.S. officials said the attack came from Russia. A senior official said the state would pay.
    ^^^^^^^^^^^^^^^^^^^ vague-source
                                                     ^^^^^^^^^^^^^^^^^^^^^^ vague-source
    "We will respond," said a spokesperson.
                            ^^^^^^^^^^^^^^ vague-source
  `,
  );
  check(
    V,
    `
    Officials at CISA said the flaw was patched. CISA officials said so too.
    Justice Department officials said the case was open. The officials said nothing more.
    Security researcher Jane Roe said the group was back.
  `,
  );
});

test('"it is believed", "reportedly", "allegedly" and "is believed to be"', () => {
  check(
    V,
    `
    It is believed that the intruders first got in months ago.
    ^^^^^^^^^^^^^^ vague-source
    The intruders reportedly tried the same password on two neighbouring utilities.
                  ^^^^^^^^^^ vague-source
    The group allegedly used the adviser's account. The group is believed to be linked to Russia.
              ^^^^^^^^^ vague-source
                                                              ^^^^^^^^^^^^^^^^^ vague-source
    The figures come from a leak, according to a report.
                                  ^^^^^^^^^^^^^^^^^^^^^ vague-source
  `,
  );
});

test('"allegedly" is fine when the sentence names its source', () => {
  check(
    V,
    `
    The officers allegedly hacked the committee, according to the indictment.
    The officers allegedly hacked the committee, the Justice Department said.
  `,
  );
});

test('anonymity needs a reason; one finding per anonymous source', () => {
  check(
    V,
    `
    "We are treating this as a foreign attack," said one state official, who spoke on condition of anonymity.
                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
    The official spoke on condition of anonymity.
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
    The plan was shelved, according to the minutes and a person who declined to be named.
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
  `,
  );
  check(
    V,
    `
    Two officials said the talks had stalled, speaking on condition of anonymity because they were not authorized to discuss them.
    The lead investigator, who asked not to be named because the inquiry is still open, said the material had not been passed on.
    Another official, who spoke on condition of anonymity to discuss internal deliberations, said the same.
  `,
  );
});

test('named or quoted sources, objects and larger phrases are not vague', () => {
  check(
    V,
    `
    Chinese groups have targeted firewalls, researchers said last year in a report by Mandiant.
    Researchers at Mandiant said the group had returned. A panel of experts estimated the losses.
    The hackers sent documents to people close to the campaign.
    “Sources tell us everything,” she said.
    In what researchers still describe as the first blackout caused by a cyberattack, the lights went out.
    The company said officials had been notified.
  `,
  );
});

test('headlines are not checked', () => {
  check(
    V,
    `
    Russia hacked the grid, sources say

    The grid operator said it was investigating.
  `,
  );
});

test('quick fixes name the source', () => {
  assert.equal(fixed(V, 'Sources say the hackers left a message.'), '[NAME OF SOURCE] said the hackers left a message.');
  assert.equal(fixed(V, 'The intruders reportedly tried the password.'), 'The intruders tried the password, according to [SOURCE].');
  assert.equal(fixed(V, 'It is believed that the group got in.'), '[NAME OF SOURCE] believes that the group got in.');
  assert.equal(fixed(V, 'U.S. officials said the attack came from Russia.', {}, 1), 'U.S. officials at [AGENCY] said the attack came from Russia.');
  assert.equal(fixed(V, 'The official spoke on condition of anonymity.'), 'The official spoke on condition of anonymity because [REASON].');
  assert.equal(run(V, 'Sources say it.')[0].message.includes('Sources say'), true);
});
