import { ROLE_NOUNS, TITLE_WORDS, isTitleWord } from '../lexicon/people';
import { DETERMINERS, NOT_HEADS, TIME_NOUNS, isSpeechForm } from '../lexicon/speech';
import { inHeadline, lastStartingBefore, sentenceIndex } from '../text/spans';
import type { Span, Structure, Token } from '../types';
import type { Rule } from './rule';

/**
 * A quoted person whom the article never identifies: no title, function, affiliation or description
 * anywhere, at any mention. A reader takes many shapes as identifying someone: a title or description
 * right before the name ("former infrastructure critic Lena Osei", "pollster Dara Quinlan"), an
 * appositive after it (", the agency's director,", ", 52, of Lyon,", ", who runs ..."), a party
 * and state in parentheses, "of/at/from/with" an organization, "is a ..." or "as ..." after it, or a
 * group the person is one of ("in an email to other agency officials, Lena Osei wrote"). Only a
 * person credited with a quote by name is checked, since a pronoun's resolution may be a guess.
 */
export const speakerWithoutRole: Rule = {
  code: 'speaker-without-role',
  defaultSeverity: 'information',
  description: 'A quoted person the article never identifies by title, function, affiliation or description.',
  rationale: "A name alone does not tell readers why a speaker's words matter: say who they are (title, employer, relation to the story).",
  check: ({ text, structure, people, quotes }) => {
    const quotedByName = new Set(quotes.filter((q) => q.speaker?.via === 'name' && q.speaker.id).map((q) => q.speaker!.id));
    // A quote credited to a source in brackets or parentheses after it ('"…" [Gallup]', '"…" (The
    // Ledger)') tells what its speaker writes for.
    const credited = new Set(quotes.filter((q) => q.speaker?.id && /^\s*[[(][\p{Lu}\d]/u.test(text.slice(q.end, q.end + 4))).map((q) => q.speaker!.id));
    const tokens = structure.tokens;
    return (
      people
        .filter(
          (p) =>
            p.role === null &&
            quotedByName.has(p.id) &&
            !credited.has(p.id) &&
            p.mentions.length > 0 &&
            !p.mentions.some((m) => identified(tokens, m) || describedNearby(structure, tokens, m)),
        )
        // The people an article is about (named in its headline, or again and again) are the ones it
        // establishes, by title or by what it tells of them; the rule is for the passer-by quoted once
        // or twice whom nothing introduces.
        .filter((p) => p.mentions.length < 3 && !p.mentions.some((m) => inHeadline(structure, m.start)))
        .map((p) => {
          // The first mention with the full name, where a role is conventionally given.
          const full = p.mentions.find((m) => text.slice(m.start, m.end) === p.name) ?? p.mentions[0];
          const next = text[full.end] ?? '';
          const newText = /[,.;:!?]/.test(next) || next === '' ? ', [ROLE]' : ', [ROLE],';
          const first = p.mentions[0];
          return {
            start: first.start,
            end: first.end,
            message: `${p.name} is quoted but never identified by title, function or affiliation.`,
            data: { fixes: [{ title: 'Add a role: ", [ROLE],"', edits: [{ start: full.end, end: full.end, newText }] }] },
          };
        })
    );
  },
};

/** Agent nouns that describe a person by what they do ("defender", "pollster", "strategist"). */
const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ant|ent|ian|ee|ive)$/u;

/** Whether the text identifies the person at this mention, before or after the name. */
function identified(tokens: readonly Token[], mention: Span): boolean {
  const first = lastStartingBefore(tokens, mention.start + 1);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
  if (first < 0) return false;
  // Before: a title or description ending right before the name ("presidential hopeful X"), or a
  // role set off by a comma ("her chief of staff, Omar Haddad").
  if (describedBefore(tokens, first)) return true;
  // "Former Mexican presidents Vicente Fox and X", "brothers Ammon and X": what comes before the
  // first of a pair describes both.
  if (tokens[first - 1]?.text === 'and') {
    let k = first - 2;
    while (k >= 0 && first - k <= 4 && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k--;
    if (k < first - 2 && describedBefore(tokens, k + 1)) return true;
  }
  // An outlet the person writes for, in the clause after the name ("X, writing at The Ledger",
  // "as X notes in a column on a news site").
  for (let j = last + 1; j < tokens.length && j - last <= 12 && !/^[.;!?]$/.test(tokens[j].text); j++) {
    if (/^(writing|writes|wrote|column|blog|op-ed|piece|essay)$/i.test(tokens[j].text) && /^(at|for|in|on)$/i.test(tokens[j + 1]?.text ?? '')) {
      const outlet = /^the$/i.test(tokens[j + 2]?.text ?? '') ? tokens[j + 3] : tokens[j + 2];
      if (outlet && /^\p{Lu}/u.test(outlet.text)) return true;
    }
  }
  // "wrote Ana Ruiz on Metro Daily", "writes Ana Ruiz at The Ledger": the outlet after a byline.
  if (/^(wrote|writes|writing|blogged|posted)$/i.test(tokens[first - 1]?.text ?? '') && /^(at|for|in|on)$/i.test(tokens[last + 1]?.text ?? '')) {
    const outlet = /^the$/i.test(tokens[last + 2]?.text ?? '') ? tokens[last + 3] : tokens[last + 2];
    if (outlet && /^\p{Lu}/u.test(outlet.text)) return true;
  }
  // After: an appositive, a parenthesis, an affiliation, a copula or "as".
  let k = last + 1;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') k++;
  if (describedAfter(tokens, k)) return true;
  // "X and Y, who both sit on the committee": what follows a pair describes both.
  if (tokens[k]?.text === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) j++;
    return describedAfter(tokens, j);
  }
  return false;
}

/** A word that describes a person: a title, a role noun (or its plural), a lowercase agent noun. */
function describes(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = token.text.toLowerCase().replace(/['’]s$/, '');
  const singular = word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  return (
    isTitleWord(word) ||
    ROLE_NOUNS.has(word) ||
    ROLE_NOUNS.has(singular) ||
    (/^\p{Ll}/u.test(token.text) && AGENT_NOUN.test(word) && !NOT_HEADS.has(word) && !isSpeechForm(word))
  );
}

/**
 * Whether the words right before the name at token `first` describe the person: a title or
 * description ("presidential hopeful X", "Sirius XM Vice President for news and talk X"), a
 * possessive ("the agency's X"), a role set off by a comma ("her chief of staff, Omar Haddad"), or
 * a group the person is one of ("to other agency officials, X wrote", "candidates like X").
 */
function describedBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before && /['’]s$/.test(before.text)) return true;
  // "Ohio-based Tess Calder", "the retired engineer Paolo Ricci": a compound or a definite
  // description right before the name describes the person.
  if (before?.kind === 'word' && /^\p{Ll}/u.test(before.text) && !isSpeechForm(before.text.toLowerCase()) && !NOT_HEADS.has(before.text.toLowerCase())) {
    if (tokens[first - 2]?.text === '-' && tokens[first - 2].end === before.start) return true;
    for (let k = first - 2; k >= 0 && first - k <= 4 && tokens[k].kind === 'word'; k--) if (/^(the|a|an)$/i.test(tokens[k].text)) return true;
  }
  for (let k = first - 1; k >= 0 && first - k <= 8 && tokens[k].kind === 'word' && !isSpeechForm(tokens[k].text.toLowerCase()); k--)
    if (describes(tokens[k])) return true;
  if (before?.text === ',' && (describes(tokens[first - 2]) || commaPhraseBefore(tokens, first - 1))) return true;
  // A group the person is one of: "to other agency officials, X wrote", "candidates like X".
  for (let k = first - 1; k >= 0 && first - k <= 20 && !/^[.!?]$/.test(tokens[k].text); k--) {
    const word = tokens[k].text.toLowerCase();
    const plural = (i: number) => ROLE_NOUNS.has((tokens[i]?.text.toLowerCase() ?? '').replace(/s$/, ''));
    if (word === 'other' && (plural(k + 1) || plural(k + 2))) return true;
    // "people who oppose the plan, like X", "candidates including X": one of a group just described.
    if (/^(like|including)$/.test(word) && k === first - 1 && (plural(k - 1) || tokens[k - 1]?.text === ',')) return true;
  }
  return false;
}

const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their|this|that|these|those)$/i;
const FUNCTION_WORD = /^(of|in|at|for|to|and|or|with|by|on|from|as)$/i;
/** What follows a description that is a whole noun phrase: a verb or a clause's next word. */
const CLAUSE_GOES_ON = /^(is|was|has|had|have|will|would|could|can|may|might|said|says|told|tells|who|whose|also|then|later|\p{Ll}+ed)$/u;

/**
 * A definite description of the person in the sentence of a mention or the one before or after:
 * "shunned X during his trips, claiming that the former president is ...", "Trump's wife is
 * breaking her silence. X tells supporters ...", "the actress was asked ... X confirmed". The role
 * must not introduce a name of its own ("the president, Ana Ruiz"), and must be singular.
 */
function describedNearby(structure: Structure, tokens: readonly Token[], mention: Span): boolean {
  const s = sentenceIndex(structure, mention.start);
  const from = structure.sentences[Math.max(0, s - 1)]?.start ?? mention.start;
  const to = structure.sentences[Math.min(structure.sentences.length - 1, s + 1)]?.end ?? mention.end;
  for (let i = Math.max(0, lastStartingBefore(tokens, from)); i < tokens.length && tokens[i].start < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || (t.start >= mention.start && t.start < mention.end)) continue;
    if (!/^(the|his|her)$/i.test(t.text) && !/\p{Lu}\p{L}*['’]s$/u.test(t.text)) continue;
    // The head noun after at most two modifiers ("the former president", "Trump's wife"), not
    // inside a longer phrase ("her tenure of secretary of state", "the candidate choices").
    for (let j = i + 1; j < tokens.length && j - i <= 3 && tokens[j].kind === 'word' && !FUNCTION_WORD.test(tokens[j].text); j++) {
      const word = tokens[j].text.toLowerCase();
      if (/^\p{Lu}/u.test(tokens[j].text) || !ROLE_NOUNS.has(word)) continue;
      const next = tokens[j + 1];
      if (next?.kind === 'word' ? CLAUSE_GOES_ON.test(next.text) : next?.text !== ',' || !/^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')) return true;
      break;
    }
  }
  return false;
}

/**
 * A noun phrase set off before the name ("The leader of the Anti-Defamation League, X", "And a
 * third, X"): the words from the clause's start to the comma open with a determiner and hold no
 * verb of saying. `comma` is the comma's token.
 */
function commaPhraseBefore(tokens: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  const inPhrase = (t: Token) => t.kind === 'word' || ((t.text === '-' || t.text === '&') && t.start === tokens[k - 1]?.end);
  while (k >= 0 && comma - k <= 12 && inPhrase(tokens[k])) k--;
  if (k >= 0 && (comma - k > 12 || (tokens[k].kind !== 'punct' && tokens[k].kind !== 'quote') || tokens[k].text === ',' || tokens[k].text === '('))
    return false;
  const words = tokens
    .slice(k + 1, comma)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text.toLowerCase());
  while (/^(and|but|or|so)$/.test(words[0] ?? '')) words.shift();
  if (words.length < 2 || !(DETERMINERS.has(words[0]) || /^(another|one)$/.test(words[0]))) return false;
  // "The next day, X said": a time phrase before the comma is no description.
  if (words.some((w) => isSpeechForm(w)) || TIME_NOUNS.has(words[words.length - 1])) return false;
  return words[0] !== 'that' && words[0] !== 'this';
}

/** Whether an appositive, a parenthesis, an affiliation, a copula or "as" follows at token `k`. */
function describedAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  const after = tokens[k + 1];
  // ", 52, a retired teacher,", "— a teacher from Mount Pleasant —": dashes set off an appositive as commas do.
  if ((next.text === ',' || next.text === '—' || next.text === '–') && after) {
    const word = after.text.toLowerCase();
    if (
      after.kind === 'number' ||
      DETERMINERS.has(word) ||
      /^(who|whom|whose|one|formerly|now|then|currently|also|himself|herself|still|once|long|widely|previously|at|of|from|with)$/.test(word)
    )
      return word !== 'that';
    if (isTitleWord(word) || ROLE_NOUNS.has(word.replace(/s$/, '')) || /['’]s$/.test(after.text)) return true;
    // ", the senator's campaign manager,": a role noun within the appositive's first words.
    for (let j = k + 1; j < tokens.length && j - k <= 6 && !/^[,.;:]$/.test(tokens[j].text); j++) {
      if (ROLE_NOUNS.has(tokens[j].text.toLowerCase()) || (j > k + 1 && isTitleWord(tokens[j].text))) return true;
    }
    if (
      after.kind === 'word' &&
      /^\p{Ll}/u.test(after.text) &&
      !isSpeechForm(word) &&
      !NOT_HEADS.has(word) &&
      !/^(and|but|or|he|she|they|it|we|i|you)$/.test(word)
    )
      return true;
    return false;
  }
  if (next.text === '(' && after && /^\p{Lu}/u.test(after.text)) return true;
  const word = next.text.toLowerCase();
  if (/^(of|at|from|with)$/.test(word) && after && /^\p{Lu}/u.test(after.text) && after.text !== 'I') return true;
  // "X of digital consulting firm IMGE": "of" right after a name is where they belong.
  if (word === 'of' && after?.kind === 'word' && !PRONOUN.test(after.text)) return true;
  if (/^(of|at|from|with)$/.test(word) && after?.text.toLowerCase() === 'the') return true;
  if (
    /^(is|was|as)$/.test(word) &&
    after &&
    (DETERMINERS.has(after.text.toLowerCase()) || TITLE_WORDS.has(after.text.toLowerCase()) || ROLE_NOUNS.has(after.text.toLowerCase()))
  )
    return true;
  return false;
}
