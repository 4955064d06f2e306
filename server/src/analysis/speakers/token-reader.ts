/**
 * Token-level facts that the readers of speaker phrases ask again and again: each token's lowercase
 * form, kind and case, whether two tokens touch, whether a speech verb starts at a token, and which
 * token an offset falls at. Computed once per text, so the phrase grammar (phrases.ts) and the
 * subject finder (subjects.ts) read as grammar rather than as string handling.
 */
import { isOrdinaryWord } from '../lexicon/english';
import { speechVerb } from '../lexicon/speech';
import { lastStartingBefore } from '../text/spans';
import type { Span, Token } from '../types';

/** Token-level reading helpers over one text's tokens. */
export class TokenReader {
  /** Each token's text in lowercase, by token index. */
  readonly lower: string[];

  /** Tokens of headlines, where title case hides which words are verbs. */
  private readonly titleCase: Uint8Array;

  /** Offsets where the entity stage's mentions start: names it found, whatever their words. */
  private readonly named: ReadonlySet<number>;
  /** Lowercase forms of the words the text capitalises somewhere other than at a sentence's start. */
  private midCapitals?: Set<string>;

  constructor(
    protected readonly text: string,
    readonly tokens: readonly Token[],
    headlines: readonly Span[] = [],
    named: ReadonlySet<number> = new Set(),
  ) {
    this.named = named;
    this.lower = tokens.map((t) => t.text.toLowerCase());
    this.titleCase = new Uint8Array(tokens.length);
    for (const h of headlines) for (let k = this.indexAt(h.start); k < tokens.length && tokens[k].start < h.end; k++) this.titleCase[k] = 1;
  }

  /** Whether token `i` is a word (out of range: no). */
  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /** Whether token `i` is a word that starts with a capital letter. */
  isCapital(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  }

  /** Whether token `i` is a word that starts with a lowercase letter. */
  isLowerWord(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text);
  }

  /** Whether tokens `a` and `b` touch (no space between them). */
  touching(a: number, b: number): boolean {
    return this.tokens[a].end === this.tokens[b].start;
  }

  /** A speech verb at token `i` whatever its case ("Said Comey, ..." opens a sentence). */
  speechWordAt(i: number): { lemma: string; length: number } | null {
    return this.isWord(i) ? speechVerb(this.lower, i) : null;
  }

  /** A speech verb starting at token `i` (lowercase in running text), or null. */
  verbAt(i: number): { lemma: string; length: number } | null {
    if (!this.isLowerWord(i) && !(this.titleCase[i] && this.isWord(i) && i > 0 && this.isCapital(i - 1))) return null;
    return speechVerb(this.lower, i);
  }

  /**
   * Whether the capitalised token `i` is an ordinary English word that only a sentence's start
   * capitalises ("Having seen the damage", "Somehow, ..."): no name unless the text capitalises it
   * elsewhere too, or the entity stage found a name there.
   */
  ordinaryOpener(i: number): boolean {
    if (!this.isCapital(i) || this.named.has(this.tokens[i].start) || !isOrdinaryWord(this.lower[i]) || !this.opensSentence(i)) return false;
    if (!this.midCapitals) {
      this.midCapitals = new Set();
      for (let k = 0; k < this.tokens.length; k++) if (this.isCapital(k) && !this.opensSentence(k)) this.midCapitals.add(this.lower[k]);
    }
    return !this.midCapitals.has(this.lower[i]);
  }

  /** Whether token `i` starts a sentence: nothing before it but a sentence's end, a quote mark or a line break. */
  private opensSentence(i: number): boolean {
    const previous = this.tokens[i - 1];
    return !previous || /^[.!?:"“”‘’«»—–-]$/.test(previous.text) || this.text.slice(previous.end, this.tokens[i].start).includes('\n');
  }

  /** The text span of tokens [from, to). */
  spanOf(from: number, to: number): Span {
    return { start: this.tokens[from].start, end: this.tokens[to - 1].end };
  }

  /** Index of the token starting at `offset`, or else of the first one after it. */
  indexAt(offset: number): number {
    return lastStartingBefore(this.tokens, offset) + 1;
  }
}
