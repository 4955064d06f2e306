import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check, fixed, person, quotesOf, speaker } from './harness';

test('unattributed-quote: a standalone full-sentence quote', () => {
  check(
    'unattributed-quote',
    `
    Residents were told to boil water. "Nobody told us anything for two days." The authority said nothing.
                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote

    "This is what the next war looks like."
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});

test('unattributed-quote: tagged, fragments, titles, headlines and paragraph-mates are quiet', () => {
  check(
    'unattributed-quote',
    `
    "We will be back by spring" in the headline, quoted

    "We had the pump back in forty minutes," Holt said. "Nobody was harmed at any point."

    So-called "hacktivists" claimed it. Mandiant published a report titled "APT44: Unearthing Sandworm" last year.

    Vogel said: "This was not a random act of vandalism."

    "Why take the chance?" asked the director of the agency.
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});

test('unattributed-quote: quiet where a reader carries the voice on or sees no statement', () => {
  check(
    'unattributed-quote',
    `
    LONDON -- "The lights go out at nine."

    Iris Dahl ran the shelter for ten years and wants it to stay open. "We have beds for forty people."

    "We turned nobody away last winter, and we will not start now."

    "Calling it a shortage is kind. It is a collapse."
    The plan cannot be described simply as "a pause in funding for the city."

    "Free beds for all? No." (2015). "Shelters first, towers later." (2019).
  `,
    (text) => {
      const quotes = quotesOf(text);
      quotes[1].speaker = speaker(text, 'Iris Dahl', 'name', 'person:iris-dahl', quotes[1].end);
      const at = text.indexOf('Iris Dahl');
      const dahl = { kind: 'person' as const, start: at, end: at + 9, text: 'Iris Dahl', id: 'person:iris-dahl', name: 'Iris Dahl' };
      return { quotes, entities: [dahl] };
    },
  );
});

test('unattributed-quote: a lone quote under a headline, with nobody introduced after it, is flagged', () => {
  check(
    'unattributed-quote',
    `
    Water plant breached

    "Nobody told us anything about the intrusion."
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});

test('unattributed-quote: the fix tags the quote', () => {
  const text = 'The plant reopened on Monday.\n\n"This is what war looks like."';
  assert.equal(
    fixed('unattributed-quote', text, (t) => ({ quotes: quotesOf(t) })),
    'The plant reopened on Monday.\n\n"This is what war looks like," [SPEAKER] said.',
  );
});

test('unresolved-speaker: a pronoun that refers to nobody', () => {
  check(
    'unresolved-speaker',
    `
    "We got lucky this time," he said.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unresolved-speaker
    "We were told the system was secure," she said.
  `,
    (text) => {
      const quotes = quotesOf(text);
      quotes[0].speaker = speaker(text, 'he', 'pronoun');
      quotes[1].speaker = speaker(text, 'she', 'pronoun', 'person:jane-roe');
      return { quotes };
    },
  );
});

test('unresolved-speaker: a quoted term that "they say" does something is quiet', () => {
  check(
    'unresolved-speaker',
    `
    Prosecutors described a network of "laptop farms" that they say hid the workers.
  `,
    (text) => {
      const quotes = quotesOf(text);
      quotes[0].fragment = true;
      quotes[0].speaker = speaker(text, 'they', 'pronoun');
      return { quotes };
    },
  );
});

test('speaker-without-role: one finding per quoted person without a role, at the first full mention', () => {
  const setup = (text: string) => {
    const quotes = quotesOf(text);
    quotes[0].speaker = speaker(text, 'Daniel Okafor', 'name', 'person:daniel-okafor');
    quotes[1].speaker = speaker(text, 'Okafor', 'name', 'person:daniel-okafor', quotes[1].end);
    quotes[2].speaker = speaker(text, 'Greer', 'name', 'person:nathan-greer', quotes[2].end);
    return {
      quotes,
      people: [person(text, 'Daniel Okafor', null), person(text, 'Nathan Greer', 'chief of staff'), person(text, 'Alan Ruiz', null)],
    };
  };
  check(
    'speaker-without-role',
    `
    "It's a wake-up call," said Daniel Okafor. "It is late," Okafor said.
                                ^^^^^^^^^^^^^ speaker-without-role
    "Many are small," Greer said. Alan Ruiz was not quoted at all.
  `,
    setup,
  );
  assert.equal(
    fixed('speaker-without-role', '"It is a wake-up call," said Daniel Okafor. "It is late," Okafor said. "Small," Greer said.', setup),
    '"It is a wake-up call," said Daniel Okafor, [ROLE]. "It is late," Okafor said. "Small," Greer said.',
  );
});

test('speaker-without-role: quiet on people the article identifies in any of the ways a reader accepts', () => {
  const cases: [string, string][] = [
    ['Former infrastructure critic Lena Osei called it. "We warned them for years," Osei said.', 'Lena Osei'],
    ['In an email to other agency officials, Tom Vance wrote about it. "Nobody listened," Vance said.', 'Tom Vance'],
    ['"It is over," said Yusuf Adeyemi, medical director of the clinic.', 'Yusuf Adeyemi'],
    ['Her chief of staff, Omar Haddad, spoke first. "We are ready," Haddad said.', 'Omar Haddad'],
    ['Pollster Dara Quinlan disagreed. "The numbers moved," Quinlan said.', 'Dara Quinlan'],
    ['"We stayed home," said Ines Morel, 52, of Lyon.', 'Ines Morel'],
    ['Tova Reyes — a nurse from Dayton — said she waited. "We waited," Reyes said.', 'Tova Reyes'],
    ['The leader of the Anti-Fraud League, Piet Olsen, spoke. "It is unacceptable," Olsen said.', 'Piet Olsen'],
    ['And a third, Kwame Boateng, disagreed. "It is too late," Boateng said.', 'Kwame Boateng'],
    ['But Ruth Adler, at a consulting firm in Oslo, argued otherwise. "It will pass," Adler said.', 'Ruth Adler'],
    ['Maya Stone and Ian Cole, who both sit on the panel, objected. "We cannot," Stone said.', 'Maya Stone'],
    ['Groups that oppose the plan, like Ezra Kahn, spoke. "No," Kahn said, "never again."', 'Ezra Kahn'],
    ['"The delegates are tired," wrote Lior Abend on Metro Daily.', 'Lior Abend'],
    ['"Turnout fell in every county." [Data Desk] Nina Holm: "Turnout fell," Holm said.', 'Nina Holm'],
    ['Metro Radio Vice President for news and talk Omar Sidi praised it. "It works," Sidi said.', 'Omar Sidi'],
    ['Former Chilean ministers Ana Vidal and Rosa Pinto replied. "No," Pinto said.', 'Rosa Pinto'],
    ['Celebrities Lena Dahl and Ivo Berg cheered. "Finally," Dahl said.', 'Lena Dahl'],
    ['"It is late," said Tim Ode of digital consulting firm Brightline.', 'Tim Ode'],
    ['Critics shunned Aldo Ferri on his trips, saying the former mayor is divisive. "Not so," Ferri said.', 'Aldo Ferri'],
  ];
  for (const [line, name] of cases) {
    const short = name.split(' ')[1];
    const id = `person:${name.toLowerCase().replace(' ', '-')}`;
    check('speaker-without-role', line, (text) => {
      const quotes = quotesOf(text);
      for (const q of quotes) q.speaker = speaker(text, text.indexOf(`said ${name}`) >= 0 ? name : short, 'name', id, q.end);
      return { quotes, people: [person(text, name, null)] };
    });
  }
});

test('speaker-without-role: a description of something else nearby is no role', () => {
  // "tenure of secretary of state" is about an office, "the candidate choices" about choices.
  check(
    'speaker-without-role',
    `
    Her tenure as secretary of state is a weakness. Jo Marr spoke. "It is chaos," Marr said. Others doubt the candidate choices.
                                                    ^^^^^^^ speaker-without-role
  `,
    (t) => {
      const quotes = quotesOf(t);
      quotes[0].speaker = speaker(t, 'Marr', 'name', 'person:jo-marr', quotes[0].end);
      return { quotes, people: [person(t, 'Jo Marr', null)] };
    },
  );
});

test('unbalanced-quote: an opening mark never closed, unless the next paragraph continues the quote', () => {
  check(
    'unbalanced-quote',
    `
    Holt added: "Until then, somebody checks every setting by hand.
                ^ unbalanced-quote

    She said: "They went looking for what the company knew.

    "A very small percentage of the right inboxes is everything."
  `,
    (text) => ({
      unbalanced: [
        { start: text.indexOf('"Until'), end: text.indexOf('"Until') + 1 },
        { start: text.indexOf('"They'), end: text.indexOf('"They') + 1 },
      ],
    }),
  );
  const text = 'Holt added: “Until then, twice a day.\n\nNext paragraph.';
  const open = text.indexOf('“');
  assert.equal(fixed('unbalanced-quote', text, { unbalanced: [{ start: open, end: open + 1 }] }), 'Holt added: “Until then, twice a day.”\n\nNext paragraph.');
});

test('unattributed-quote: quiet where a reader finds the speaker or sees no statement', () => {
  check(
    'unattributed-quote',
    `
    As Dana Holt, a former regulator, put it, "The grid was never designed for this kind of pressure."

    The minister waited until the end before saying, "We will publish everything when the inquiry ends."

    The questions came fast: "Is the plant safe?" . . . "Who paid for the repairs?"

    Holt: Well, nobody I know is saying "the plant is perfectly safe right now."

    Campaign posters repeated "Security Through Strength And Vigilance" all summer.

    "Utilities are easy targets. They do not have the budgets," says Lena Osei of the Grid Institute.
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});

test('unresolved-speaker: only he and she; I and we are the speakers themselves', () => {
  check(
    'unresolved-speaker',
    `
    "I never expected to see the lights go out," I wrote in my notebook that night.
    "We will rebuild it," we told each other.
  `,
    (text) => ({
      quotes: quotesOf(text).map((q) => ({
        ...q,
        speaker: { start: q.end + 2, end: q.end + 3, text: text.slice(q.end + 2, q.end + 3) === 'I' ? 'I' : 'we', name: '', id: '', via: 'pronoun' as const },
      })),
    }),
  );
});

test('unattributed-quote: quiet after he or she, and with a credit after the quote', () => {
  check(
    'unattributed-quote',
    `
    He stayed at the pump station all night. "Someone had to keep the pressure up."

    The summary ran on Monday. "The valves were replaced within the week, on budget." [Wire.]

    "The grid held this winter because crews worked double shifts."
    -Ana Ruiz, at the council meeting
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});

test('unattributed-quote: quiet on a quote paragraph after a colon or a transcript turn', () => {
  check(
    'unattributed-quote',
    `
    The utility's statement read in full:

    "We restored service to every customer before noon on Tuesday."

    HOLT: We had no warning at all.

    "Nobody called us before the water went brown."
  `,
    (text) => ({ quotes: quotesOf(text) }),
  );
});
