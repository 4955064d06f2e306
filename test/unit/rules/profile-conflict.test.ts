import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, fixed, run } from './harness';

const P = 'profile-conflict';

test('a country tied to an actor against its profile is flagged', () => {
  check(
    P,
    `
    Volt Typhoon, a Russian group, has targeted water systems.
    ^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
    In 2016, the North Korean group APT28 hacked the committee.
                 ^^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
    Russia's Volt Typhoon and China-linked APT28 were both active.
    ^^^^^^^^^^^^^^^^^^^^^ profile-conflict
                              ^^^^^^^^^^^^^^^^^^ profile-conflict
    APT28, which is based in Iran, denied nothing. Sandworm, the Chinese military unit, struck.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
                                                   ^^^^^^^^^^^^^^^^^^^^^ profile-conflict
    Lazarus is a Chinese group. Charming Kitten (Russia) was named too.
    ^^^^^^^^^^^^^^^^^^^^ profile-conflict
                                ^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
  `,
  );
});

test('hedged ties after the actor are ties too', () => {
  check(
    P,
    `
    APT28, which is usually linked to Iran, was named. Lazarus, a group with long-standing ties to China, struck.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ profile-conflict
  `,
  );
});

test('a country merely nearby, or tied to another actor, is not a conflict', () => {
  check(
    P,
    `
    APT28, like China's Volt Typhoon, targets governments.
    APT28, which has targeted Chinese ministries, was busy. Volt Typhoon targeted Russian networks.
    Iranian and Russian groups APT33 and APT28 were named. APT28 and Iranian group APT33 too.
    Chinese officials accused APT28 of lying. Russian hackers known as APT28 struck again.
    APT28, the Russian group, and Volt Typhoon, a Chinese one, were named. Sandworm hit Ukraine.
    Scattered Spider, a Russian group, is not in the profiles with a country.
    Microsoft said APT28 attacked Ukrainian targets and Russian-speaking forums.
  `,
  );
});

test('the fix puts the profile’s country in the same form', () => {
  assert.equal(fixed(P, 'Volt Typhoon, a Russian group, struck.'), 'Volt Typhoon, a Chinese group, struck.');
  assert.equal(fixed(P, 'China-linked APT28 struck.'), 'Russia-linked APT28 struck.');
  assert.equal(fixed(P, 'Beijing-backed Sandworm struck.'), 'Kremlin-backed Sandworm struck.');
  const [finding] = run(P, 'Volt Typhoon, a Russian group, struck.');
  assert.equal(finding.data?.actorId, 'actor:G1017');
  assert.match(finding.message, /China/);
});
