/**
 * Finding the subject of a speech verb: the phrase right before it ("Jane Roe said", "a spokesman for
 * the FBI said"), the subject of the clause for joined verbs and participles ("I laughed and said",
 * "Trump attacked Clinton, saying"), or the subject that opens the clause. Number agreement tells a
 * verb from a noun with the same spelling ("a blunt message").
 */
import {
  BETWEEN_SUBJECT_AND_VERB,
  DETERMINERS,
  LINKING_PREPOSITIONS,
  NOT_HEADS,
  NOUN_LIKE,
  PRONOUNS,
  QUANTIFIERS,
  TEXT_NOUNS,
  isParticiple,
  speechVerb,
} from '../lexicon/speech';
import { ROLE_NOUNS } from '../lexicon/people';
import { isAsideDash } from '../text/structure';
import { headKind } from '../lexicon/organization-kinds';

/** Whether a nominal's head can name someone or something that speaks: a role, a group, an organization, a text. */
function canSpeak(head: string): boolean {
  const singular = head.replace(/(?<=[^s])s$/, '');
  return (
    ROLE_NOUNS.has(singular) ||
    ROLE_NOUNS.has(head) ||
    headKind(singular) !== null ||
    TEXT_NOUNS.has(head) ||
    QUANTIFIERS.has(head) ||
    /^(people|crowd|audience|protesters|demonstrators|marchers|fans|officials|sources|critics|experts|residents|voters|delegates|republicans|democrats)$/.test(
      head,
    )
  );
}
import type { Mention } from './phrases';
import { ForwardPhraseReader } from './phrases-forward';

export class SubjectReader extends ForwardPhraseReader {
  /** The subject of the verb at token `verb`, reading back no further than token `floor`. */
  subjectBefore(verb: number, floor: number): Mention | null {
    let i = verb - 1;
    // "X, the chief executive of Ora -- the firm that owns the show -- told me": past a dash aside.
    if (isAsideDash(this.text, this.tokens, i)) {
      let open = i - (this.tokens[i - 1]?.text === '-' ? 2 : 1);
      while (open > floor && i - open < 40 && !isAsideDash(this.text, this.tokens, open)) open--;
      if (open > floor && isAsideDash(this.text, this.tokens, open)) i = open - (this.tokens[open - 1]?.text === '-' ? 2 : 1);
    }
    while (i >= floor && verb - i < 6 && this.isLowerWord(i) && (BETWEEN_SUBJECT_AND_VERB.has(this.lower[i]) || /^\p{Ll}{3,}ly$/u.test(this.lower[i]))) {
      // "did not elaborate", "never said": a denied cue credits nothing.
      if (this.lower[i] === 'not' || this.lower[i] === 'never') return null;
      // "Residents were told": in the passive the subject is addressed, not speaking.
      if (
        /^(is|are|was|were|be|been|being)$/.test(this.lower[i]) &&
        /(ed|told|said|written|spoken|sung|read|thought|put|hit|shot|begun)$/.test(this.lower[verb])
      )
        return null;
      i--;
    }
    if (i < floor || /n['’]t$/.test(this.lower[i])) return null;
    // "The minister of the economy, Mr. Ruiz Ortega, argues": a name set off by commas after its
    // description is the subject.
    if (this.tokens[i].text === ',' && i - 1 > floor) {
      const named = this.phraseEndingAt(i - 1, floor, true);
      if (named?.kind === 'name' && this.tokens[this.indexAt(named.start) - 1]?.text === ',') return named;
    }
    // "I laughed and said": the subject of the first of two joined verbs.
    if ((this.lower[i] === 'and' || this.lower[i] === 'but') && this.isWord(i)) return this.clauseSubject(i, floor);
    let subject = this.phraseEndingAt(i, floor, true);
    // A possessive is not a subject: in "the woman's quotes" the "verb" is a noun.
    if (!subject || /['’]s?$/.test(this.text.slice(subject.end - 2, subject.end))) return null;
    // "Oscar Lind, the chief executive of Lindco -- ... -- told me": the description is the name's appositive.
    if (subject.kind === 'nominal' && this.tokens[this.indexAt(subject.start) - 1]?.text === ',') {
      const named = this.phraseEndingAt(this.indexAt(subject.start) - 2, floor, true);
      if (named?.kind === 'name' && !named.organization) return named;
    }
    // A name after a preposition is its object: in "The Russian embassy in London dismissed" the
    // subject is the embassy, not London. (Roles tied to a name, "a spokesman for X", come whole; a
    // participle describes the name itself: "video of the minister asking".)
    const first = this.indexAt(subject.start);
    if (
      subject.kind === 'name' &&
      !isParticiple(this.lower[verb]) &&
      first - 1 > floor &&
      LINKING_PREPOSITIONS.has(this.lower[first - 1]) &&
      this.isLowerWord(first - 1) &&
      this.isLowerWord(first - 2)
    ) {
      const outer = this.nominalEndingAt(first - 2, floor);
      if (!outer) return null;
      subject = { ...outer, end: subject.end };
    }
    return this.agrees(verb, subject) ? subject : null;
  }

  /**
   * Whether a present-tense verb agrees with its subject in number. It does not in "a blunt
   * message" or "a Trump-style retort", where the "verb" is the head noun of the phrase.
   */
  private agrees(verb: number, subject: Mention): boolean {
    const word = this.lower[verb];
    const lemma = speechVerb(this.lower, verb)?.lemma;
    if (!lemma || /^(read|put|hit|quit)$/.test(lemma) || subject.kind === 'name') return true;
    // After an auxiliary or modal the bare form is right whatever the subject ("a reader would ask").
    for (let k = this.indexAt(subject.end); k < verb; k++)
      if (/^(would|will|could|should|may|might|must|can|did|does|do|to|also|often)$/.test(this.lower[k])) return true;
    const bare = word === lemma;
    const third = !bare && /s$/.test(word) && !/(ed|ing)$/.test(word);
    if (!bare && !third) return true;
    const head = subject.kind === 'nominal' ? (subject.head ?? '') : this.text.slice(subject.start, subject.end).toLowerCase();
    // "his recent remarks": a noun-like form needs a subject that can speak.
    if (NOUN_LIKE.has(lemma) && subject.kind === 'nominal' && !canSpeak(head)) return false;
    const plural =
      subject.kind === 'pronoun'
        ? /^(they|we|you|i)$/.test(head)
        : subject.kind === 'nominal'
          ? /[^s]s$|^(others|some|many|several|both|all|few|people|police)$/.test(head)
          : false;
    return bare ? plural : !plural;
  }

  /**
   * The subject of the clause a verb at `k` belongs to when it is not right before it ("Trump
   * attacked Clinton for X, saying", "She then urges him to go and repeatedly says"): the nearest
   * name or pronoun before `k` that is followed by a verb-like word, or a name opening the clause
   * followed by an appositive.
   */
  clauseSubject(k: number, floor: number): Mention | null {
    for (let j = k - 1; j >= floor && k - j <= 30; j--) {
      if (!this.isWord(j) || /^[.!?;:]$/.test(this.tokens[j].text)) continue;
      if (!(PRONOUNS[this.lower[j]] === 'person' || PRONOUNS[this.lower[j]] === 'any' || this.isCapital(j))) continue;
      const phrase = this.phraseEndingAt(j, floor, false);
      if (!phrase || phrase.kind === 'nominal' || (phrase.kind === 'pronoun' && phrase.antecedent)) continue;
      if (/['’]s?$/.test(this.text.slice(phrase.end - 2, phrase.end))) continue;
      const first = this.indexAt(phrase.start);
      const before = this.lower[first - 1];
      // "anti-Trump": a name inside a compound word is no subject.
      if (before === '-' && this.touching(first - 1, first)) continue;
      // "a Polish lawmaker who ... testified": after a determiner and before a noun, a capitalised
      // word is a modifier of that noun, not a subject.
      if (before !== undefined && DETERMINERS.has(before) && this.isLowerWord(this.indexAt(phrase.end))) continue;
      if (
        first > floor &&
        before !== undefined &&
        (LINKING_PREPOSITIONS.has(before) || /^(to|by|about|against|than|and|or)$/.test(before) || /['’]s$/.test(before))
      )
        continue;
      if (this.followedByVerb(j + 1, k, first === floor)) return phrase;
    }
    return null;
  }

  /**
   * The subject that opens the clause starting at token `ws` (after an introductory phrase such as
   * "On Friday," when there is one), if it is a name or pronoun followed by a verb-like word.
   */
  openingSubject(ws: number, k: number): Mention | null {
    // After an introductory phrase ("Minutes later, she ...") the subject follows its comma.
    const starts = [ws];
    for (let c = ws; c < k && c - ws < 15; c++) {
      if (this.tokens[c].text === ',') {
        starts.unshift(c + 1);
        break;
      }
    }
    for (const start of starts) {
      const phrase = this.phraseAfter(start, k);
      if (!phrase || phrase.kind === 'nominal' || this.tokens[start].start !== phrase.start) continue;
      if (this.followedByVerb(this.indexAt(phrase.end), k, true)) return phrase;
    }
    return null;
  }

  /** Whether token `n` (after adverbs and a parenthetical) is a verb-like lowercase word, or `,` when allowed. */
  followedByVerb(n: number, k: number, commaOk: boolean): boolean {
    if (this.tokens[n]?.text === '(') {
      let close = n;
      while (close < k && close - n < 10 && this.tokens[close].text !== ')') close++;
      n = close + 1;
    }
    while (n < k && BETWEEN_SUBJECT_AND_VERB.has(this.lower[n])) n++;
    if (commaOk && this.tokens[n]?.text === ',') return true;
    const next = this.lower[n];
    return this.isLowerWord(n) && !NOT_HEADS.has(next) && !DETERMINERS.has(next) && !LINKING_PREPOSITIONS.has(next);
  }
}
