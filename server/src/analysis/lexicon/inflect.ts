/**
 * English verb inflection for the verb lists (speech-verbs.txt, hostile-verbs.txt): a lemma's base,
 * third-person, past (and participle) and -ing forms, by the regular rules and a table of the
 * irregular verbs the lists use. Each form carries its kind, because the readers of a sentence need
 * to know a past participle ("stolen by") from a present form ("targets", also a plural noun).
 */

export type FormKind = 'base' | 'present' | 'past' | 'ing';

/** Irregular verbs: third person, past, past participle, -ing. */
const IRREGULAR: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  read: ['reads', 'read', 'read', 'reading'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  go: ['goes', 'went', 'gone', 'going'],
  put: ['puts', 'put', 'put', 'putting'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  steal: ['steals', 'stole', 'stolen', 'stealing'],
  strike: ['strikes', 'struck', 'struck', 'striking'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  make: ['makes', 'made', 'made', 'making'],
  take: ['takes', 'took', 'taken', 'taking'],
  shut: ['shuts', 'shut', 'shut', 'shutting'],
  spread: ['spreads', 'spread', 'spread', 'spreading'],
};

/** Short verbs that double their last consonant before -ed and -ing (quip -> quipped, rob -> robbed). */
const DOUBLES = /^(quip|snap|admit|concur|chat|jab|stop|plan|grab|prod|rob|bug|drop|ship|dox)$/;

/** Every form of a lemma with its kind; the base form first. */
export function inflect(lemma: string): [string, FormKind][] {
  const irregular = IRREGULAR[lemma];
  if (irregular) {
    const [present, past, participle, ing] = irregular;
    return [
      [lemma, 'base'],
      [present, 'present'],
      [past, 'past'],
      [participle, 'past'],
      [ing, 'ing'],
    ];
  }
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled = DOUBLES.test(lemma) ? lemma + (lemma.endsWith('x') ? 'x' : lemma[lemma.length - 1]) : stem;
  const present = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const past = consonantY ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : doubled + 'ed';
  const ing = (lemma.endsWith('ee') ? lemma : doubled) + 'ing';
  return [
    [lemma, 'base'],
    [present, 'present'],
    [past, 'past'],
    [ing, 'ing'],
  ];
}
