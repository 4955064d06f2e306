/**
 * Reads the speaker phrase next to an attribution cue: the subject before the verb ("White House
 * press secretary Josh Earnest said", "a spokesman for the FBI said", "he said") or the phrase after
 * an inverted verb or "according to" ("said Rep. Jim Clyburn (D-S.C.), the ..."). Works on tokens
 * with bounded look-backs, so each call costs a few dozen token steps at most; the token-level
 * facts it asks about (case, kind, speech verbs) come from token-reader.ts.
 */
import { DETERMINERS, LINKING_PREPOSITIONS, NOT_HEADS, ORGANIZATION_NAME_WORDS, PRONOUNS, QUANTIFIERS, TIME_NOUNS } from '../lexicon/speech';
import { NOT_NAMES, ROLE_NOUNS, isTitleWord } from '../lexicon/people';
import { TokenReader } from './token-reader';
import type { Span } from '../types';

/** A speaker phrase as written, before it is resolved to a person or organization. */
export interface Mention extends Span {
  kind: 'pronoun' | 'name' | 'nominal';
  /** For names: the name without titles or parentheticals ("Gwen Moore" of "Rep. Gwen Moore (D-Wis.)"). */
  core: Span;
  /** For names: the capitalised phrase looks like an organization (The New York Times, the FBI). */
  organization?: boolean;
  /** For nominals: the head noun, lowercase ("spokesman", "company"). */
  head?: string;
  /** For nominals: the organization or person they speak for (a spokesman for "the FBI"). */
  affiliation?: Mention;
  /** For "who"/"which": the phrase the relative pronoun stands for. */
  antecedent?: Mention;
}

const LOOKBACK = 12;
const PARTY_WORDS = new Set([
  'republican',
  'republicans',
  'democrat',
  'democrats',
  'democratic',
  'gop',
  'former',
  'presidential',
  'federal',
  'conservative',
  'liberal',
  'progressive',
  'independent',
]);
const APPOSITIVE = 25;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'du', 'st']);

/**
 * Reads noun phrases over the tokens: backwards from the word before a verb (`phraseEndingAt`) and
 * forwards from the word after one (`phraseAfter`).
 */
export class PhraseReader extends TokenReader {
  /**
   * The noun phrase that ends at token `i`: a pronoun, a name (with titles, initials and a
   * parenthetical), or a nominal (a determiner, modifiers and a head noun, maybe with "for X").
   */
  phraseEndingAt(i: number, floor: number, appositive: boolean): Mention | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (t.text === ')') {
      let j = i - 1;
      while (j >= floor && i - j < 10 && this.tokens[j].text !== '(') j--;
      if (j <= floor || this.tokens[j].text !== '(') return null;
      const inner = this.phraseEndingAt(j - 1, floor, false);
      return inner && inner.kind === 'name' ? { ...inner, end: t.end } : null;
    }
    if (t.text === ',' && appositive) return this.beforeAppositive(i, floor);
    if (t.kind !== 'word') return null;
    const lw = this.lower[i];
    const pronoun = PRONOUNS[lw];
    if (pronoun && (this.isLowerWord(i) || !this.isCapital(i - 1) || i === floor)) {
      const mention: Mention = { kind: 'pronoun', start: t.start, end: t.end, core: { start: t.start, end: t.end } };
      if (pronoun === 'relative') {
        // "Mandiant, which said": the speaker is what the relative pronoun stands for; without one
        // ("a supposed "lone hacker" who called himself") there is no speaker here.
        const comma = this.tokens[i - 1]?.text === ',' ? 1 : 0;
        const antecedent = this.phraseEndingAt(i - 1 - comma, Math.max(floor - LOOKBACK, 0), false);
        if (!antecedent || antecedent.kind === 'pronoun') return null;
        mention.antecedent = antecedent;
      }
      return mention;
    }
    if (QUANTIFIERS.has(lw) && (i === floor || !this.isWord(i - 1) || /^(and|but|while|as)$/.test(this.lower[i - 1]))) {
      // "Another tweeted", "one said": a quantifier standing for a person.
      return { kind: 'nominal', start: t.start, end: t.end, core: { start: t.start, end: t.end }, head: lw };
    }
    // A name, including a hyphenated given name with a lowercase second half ("Han Ji-woo").
    const hyphenated =
      this.isLowerWord(i) &&
      this.tokens[i - 1]?.text === '-' &&
      this.touching(i - 1, i) &&
      this.touching(i - 2, i - 1) &&
      this.isCapital(i - 2) &&
      this.isCapital(i - 3);
    if (this.isCapital(i) || hyphenated || /^\p{Lu}(\.\p{Lu})+\.?$/u.test(t.text)) return this.nameEndingAt(i, floor);
    if (this.isLowerWord(i)) return this.nominalEndingAt(i, floor);
    return null;
  }

  /** `X, <appositive>, said`: the phrase before the appositive, or the appositive if it is the name. */
  private beforeAppositive(comma: number, floor: number): Mention | null {
    let k = comma - 1;
    while (k >= floor && comma - k < APPOSITIVE && this.tokens[k].text !== ',' && !/^[.!?;:]$/.test(this.tokens[k].text)) k--;
    if (k < floor || this.tokens[k].text !== ',') return null;
    const before = this.phraseEndingAt(k - 1, floor, false);
    const inside = this.phraseEndingAt(comma - 1, k + 1, false);
    const insideIsWhole = inside && inside.start === this.tokens[k + 1].start;
    if (before && before.kind === 'nominal' && inside?.kind === 'name' && insideIsWhole) return inside;
    return before;
  }

  private nameEndingAt(i: number, floor: number, role = true): Mention | null {
    let j = i;
    while (j - 1 >= floor && i - j < LOOKBACK && this.isNamePart(j - 1, j)) j--;
    // Sentence-initial words and determiners are not part of the name.
    while (j <= i && (!this.nameWord(j) || !this.isWord(j)) && !/^\p{Lu}(\.\p{Lu})+\.?$/u.test(this.tokens[j].text)) j++;
    if (j > i) return null;
    const theBefore = this.lower[j - 1] === 'the' && j - 1 >= floor && !isTitleWord(this.lower[j]);
    const start = theBefore ? j - 1 : j;
    // Titles before the name are not part of it ("Massachusetts Sen. Elizabeth Warren"), but the
    // words of an organization's name are ("the National Security Agency", "the Supreme Court").
    let core = j;
    if (!ORGANIZATION_NAME_WORDS.has(this.lower[i]))
      for (let k = j; k < i; k++) if (isTitleWord(this.lower[k]) && this.isWord(k + 1 + (this.tokens[k + 1]?.text === '.' ? 1 : 0))) core = k + 1;
    while (core <= i && !this.isWord(core)) core++;
    if (core > i) {
      // Only titles ("the President said"): a nominal.
      return {
        kind: 'nominal',
        start: this.tokens[start].start,
        end: this.tokens[i].end,
        core: { start: this.tokens[j].start, end: this.tokens[i].end },
        head: this.lower[i],
      };
    }
    // A run of words in capitals is a heading ("IOWA POLLS NOT WRONG"), not a name.
    if (i > core && this.tokens.slice(core, i + 1).every((t) => t.kind !== 'word' || !/\p{Ll}/u.test(t.text))) return null;
    // A party or office adjective alone ("The Republican nominee") describes; it does not name,
    // and neither does a plural role capitalised at the start of a sentence ("Residents said").
    // So does a place with a party label ("the Ohio Democrat"): a description of someone, no name.
    if (
      (core === i || /^(democrat|republican)$/.test(this.lower[i])) &&
      (PARTY_WORDS.has(this.lower[i]) || (/[^s]s$/.test(this.lower[i]) && ROLE_NOUNS.has(this.lower[i].slice(0, -1))))
    ) {
      return {
        kind: 'nominal',
        start: this.tokens[start].start,
        end: this.tokens[i].end,
        core: { start: this.tokens[start].start, end: this.tokens[i].end },
        head: this.lower[i],
      };
    }
    const words = this.lower.slice(core, i + 1);
    const organization =
      theBefore ||
      words.some((w) => ORGANIZATION_NAME_WORDS.has(w)) ||
      (core === i && /^\p{Lu}{2,6}s?$/u.test(this.tokens[i].text) && !/^(I|II|III|IV)$/.test(this.tokens[i].text));
    const mention: Mention = {
      kind: 'name',
      start: this.tokens[start].start,
      end: this.tokens[i].end,
      core: { start: this.tokens[core].start, end: this.tokens[i].end },
    };
    if (organization) mention.organization = true;
    return (role && this.withRole(mention, start, floor)) || mention;
  }

  /** A capitalised word that can be part of a name: not "But", "The", nor a contraction like "It's". */
  private nameWord(k: number): boolean {
    const w = this.lower[k];
    return this.isCapital(k) && !NOT_NAMES.has(w) && !NOT_NAMES.has(w.replace(/['’](s|re|ll|d|ve|m)$/, '')) && !this.ordinaryOpener(k);
  }

  /** Whether token `k` continues the name whose next token is `next`, reading backwards. */
  protected isNamePart(k: number, next: number): boolean {
    const t = this.tokens[k];
    if (t.kind === 'word') {
      // An initial ("Julie A. Diaz") is part of a name even when it spells a word.
      if (this.isCapital(k)) return this.nameWord(k) || (/^\p{Lu}$/u.test(this.tokens[k].text) && this.tokens[k + 1]?.text === '.' && this.touching(k, k + 1));
      if (PARTICLES.has(this.lower[k]) && this.isCapital(next) && this.isCapital(k - 1)) return true;
      // "Commission on Presidential Debates", "Department of Justice": a connector inside an
      // organization's name; "Secretary of State John Kerry": inside a title.
      return (
        /^(of|on|for|and)$/.test(this.lower[k]) &&
        this.isCapital(next) &&
        this.isCapital(k - 1) &&
        (ORGANIZATION_NAME_WORDS.has(this.lower[k - 1] ?? '') || isTitleWord(this.lower[k - 1]))
      );
    }
    if (t.text === '.') {
      const w = this.lower[k - 1] ?? '';
      return this.touching(k - 1, k) && (isTitleWord(w) || SUFFIXES.has(w) || /^\p{Lu}$/u.test(this.tokens[k - 1].text) || w === 'st');
    }
    if (t.text === '-' || t.text === '&') return this.touching(k, next) && this.touching(k - 1, k) && this.isCapital(k - 1);
    return false;
  }

  /** A lowercase noun phrase ending at `i`: "the announcer", "a narrator in the Clinton ad", "sources". */
  protected nominalEndingAt(i: number, floor: number): Mention | null {
    const head = this.lower[i];
    if (NOT_HEADS.has(head) || DETERMINERS.has(head) || PRONOUNS[head]) return null;
    let j = i;
    while (j - 1 >= floor && i - j < 6) {
      const k = j - 1;
      const w = this.lower[k];
      if (this.isWord(k) && (DETERMINERS.has(w) || /['’]s$/.test(w))) {
        // A determiner, or a possessive standing for one ("Obama's former campaign strategist"),
        // with its own determiner ("the agency's spokesperson").
        j = /['’]s$/.test(w) && this.isLowerWord(k) && k - 1 >= floor && DETERMINERS.has(this.lower[k - 1]) ? k - 1 : k;
        break;
      }
      const modifier =
        (this.isLowerWord(k) && (!NOT_HEADS.has(w) || TIME_NOUNS.has(w)) && !(this.verbAt(k) && !DETERMINERS.has(this.lower[k - 1]))) ||
        (this.isCapital(k) && !NOT_NAMES.has(w)) ||
        this.tokens[k].kind === 'number' ||
        (this.tokens[k].text === '-' && this.touching(k, j));
      if (!modifier) break;
      j = k;
    }
    const determined = this.isWord(j) && (DETERMINERS.has(this.lower[j]) || (j < i && /['’]s$/.test(this.lower[j])));
    // Without a determiner only a plural reads as a speaker ("officials said"), not "report said".
    if (!determined && !/[^s]s$/.test(head)) return null;
    const mention: Mention = {
      kind: 'nominal',
      start: this.tokens[j].start,
      end: this.tokens[i].end,
      core: { start: this.tokens[j].start, end: this.tokens[i].end },
      head,
    };
    return this.withRole(mention, j, floor) ?? mention;
  }

  /**
   * `a spokesman for` + the phrase at `start`: the phrase is the affiliation of a role noun before
   * the preposition, and the speaker is the whole "a spokesman for the FBI".
   */
  private withRole(inner: Mention, start: number, floor: number): Mention | null {
    const prep = start - 1;
    if (prep - 1 < floor || !LINKING_PREPOSITIONS.has(this.lower[prep]) || !this.isLowerWord(prep)) return null;
    if (inner.kind === 'name' && this.isCapital(prep - 1) && (this.lower[prep] === 'of' || this.lower[prep] === 'from' || this.lower[prep] === 'at')) {
      // "Mr. Morgan of the Sierra Club": the person speaks; the organization is their affiliation.
      const person = this.nameEndingAt(prep - 1, floor, false);
      return person && person.kind === 'name' && !person.organization ? { ...person, end: inner.end, affiliation: inner } : null;
    }
    const role = this.lower[prep - 1].replace(/s$/, '');
    const outer = this.isLowerWord(prep - 1) && ROLE_NOUNS.has(role) ? this.nominalEndingAt(prep - 1, floor) : null;
    if (!outer) return null;
    return { ...outer, end: inner.end, affiliation: inner };
  }
}
