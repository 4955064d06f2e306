/**
 * Reading a speaker phrase forwards, from the word after an inverted verb or "according to" ("said
 * Rep. Jim Clyburn (D-S.C.), the ...", "according to a spokesman for the FBI"): read on to where the
 * phrase plainly ends, then parse it backwards with the phrase grammar of phrases.ts.
 */
import { DETERMINERS, LINKING_PREPOSITIONS, NOT_HEADS, PRONOUNS } from '../lexicon/speech';
import { NOT_NAMES, ROLE_NOUNS } from '../lexicon/people';
import { type Mention, PhraseReader } from './phrases';

/** Words after which a capitalised phrase is the name of a work or thing ("a report titled ..."). */
const NAMING = /^(titled|entitled|headlined|dubbed|nicknamed|called|named)$/;
/** Nouns for a person that a name after "named" or "called" belongs to ("a man named ..."). */
const PERSON_NOUN = /^(man|woman|person|boy|girl|child|someone|somebody|guy|lady|gentleman|teenager|individual)$/;
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'last',
  'this',
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'while',
  'when',
  'who',
  'which',
  'whose',
  'as',
  'adding',
  'saying',
  'noting',
  'told',
  'to',
  'than',
  'that',
  'and',
  'but',
]);

export class ForwardPhraseReader extends PhraseReader {
  /** The speaker phrase that starts at token `i` (after "said" or "according to"), up to token `limit`. */
  phraseAfter(i: number, limit: number): Mention | null {
    const t = this.tokens[i];
    if (!t || i >= limit || (t.kind !== 'word' && t.kind !== 'number')) return null;
    const lw = this.lower[i];
    const pronoun = PRONOUNS[lw];
    if (pronoun === 'person' || pronoun === 'any' || (pronoun === 'self' && lw !== 'you')) {
      return { kind: 'pronoun', start: t.start, end: t.end, core: { start: t.start, end: t.end } };
    }
    // Read forward to where the phrase plainly ends, then parse it backwards from its last word.
    let end = i;
    let preposition = -1;
    while (end + 1 < limit && end - i < 16) {
      const k = end + 1;
      const tk = this.tokens[k];
      const w = this.lower[k];
      if (tk.kind === 'word') {
        if (LINKING_PREPOSITIONS.has(w) && preposition < 0 && (this.isCapital(k + 1) || DETERMINERS.has(this.lower[k + 1] ?? ''))) {
          preposition = k;
        } else if (DETERMINERS.has(w) && k - 1 === preposition) {
          // The determiner of the affiliation: "a spokesman for the FBI".
        } else if (/^\p{Lu}$/u.test(tk.text) && this.tokens[k + 1]?.text === '.') {
          // An initial ("Julie A. Diaz").
        } else if (this.tokens[k - 1].text === '-' && this.touching(k - 1, k)) {
          // The second half of a hyphenated word ("46-year-old").
        } else if (TIME_WORDS.has(w) || NOT_HEADS.has(w) || (this.verbAt(k) && !DETERMINERS.has(this.lower[k - 1]))) {
          break;
        } else if (
          this.isLowerWord(k) &&
          this.isCapital(i) &&
          this.isCapital(end) &&
          !/['’]s$/.test(this.lower[end]) &&
          preposition < 0 &&
          !this.nameAhead(k)
        ) {
          // After a name, lowercase words belong to the phrase only as a description before
          // another name ("Trump campaign manager Kellyanne Conway"); else the phrase has ended.
          break;
        }
        end = k;
      } else if ((tk.text === '.' && this.isNamePart(k, k + 1) && this.isCapital(k + 1)) || ((tk.text === '-' || tk.text === '&') && this.touching(k - 1, k))) {
        end = k;
      } else if (tk.text === '(' && this.isCapital(k + 1)) {
        let close = k + 1;
        while (close < limit && close - k < 10 && this.tokens[close].text !== ')') close++;
        if (close >= limit || this.tokens[close].text !== ')') break;
        end = close;
      } else if (tk.kind === 'number' && (this.isWord(k + 1) || this.tokens[k + 1]?.text === '-')) {
        end = k;
      } else {
        break;
      }
    }
    // Trailing time words or prepositions left over ("said Trump on") are not part of the phrase.
    while (end > i && this.tokens[end].kind === 'word' && (NOT_NAMES.has(this.lower[end]) || LINKING_PREPOSITIONS.has(this.lower[end]))) end--;
    // When "X in Y" is not one phrase ("a source involved in the talks"), X alone is the speaker.
    return this.phraseFrom(i, end) ?? (preposition > i && preposition <= end ? this.phraseFrom(i, preposition - 1) : null);
  }

  /** Whether a capitalised word follows within five lowercase words from token `k`. */
  private nameAhead(k: number): boolean {
    for (let n = k; n < k + 6 && n < this.tokens.length; n++) {
      if (this.isCapital(n)) return true;
      if (!this.isLowerWord(n)) return false;
    }
    return false;
  }

  /** The phrase that ends at token `end` and starts at token `i` or just after a description. */
  private phraseFrom(i: number, end: number): Mention | null {
    const t = this.tokens[i];
    const mention = this.phraseEndingAt(end, i, false);
    if (!mention || mention.start < t.start) return null;
    // Words before the phrase may only be its description ("said 9/11 widow Terry Strada"). After a
    // word that names a thing ("a report titled Winter Readiness") the name is the thing's: the
    // speaker is the thing.
    for (let k = i + 1; k < this.tokens.length && this.tokens[k].start < mention.start; k++) {
      // (But "a man named Tom Vance" is Tom Vance: a noun for a person takes the name as theirs.)
      const thing = this.isLowerWord(k - 1) && !ROLE_NOUNS.has(this.lower[k - 1]) && !PERSON_NOUN.test(this.lower[k - 1]);
      if (NAMING.test(this.lower[k]) && thing) return this.nominalEndingAt(k - 1, i);
    }
    for (let k = i; k < this.tokens.length && this.tokens[k].start < mention.start; k++) {
      if (
        PRONOUNS[this.lower[k]] ||
        (NOT_HEADS.has(this.lower[k]) && !DETERMINERS.has(this.lower[k])) ||
        (!/^(word|number)$/.test(this.tokens[k].kind) && !/^[-/.]$/.test(this.tokens[k].text))
      )
        return null;
    }
    return mention;
  }
}
