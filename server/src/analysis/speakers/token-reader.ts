/**
 * Token-level facts that the readers of speaker phrases ask again and again: each token's lowercase
 * form, kind and case, whether two tokens touch, whether a speech verb starts at a token, and which
 * token an offset falls at. Computed once per text, so the phrase grammar (mentions.ts) and the
 * subject finder (subjects.ts) read as grammar rather than as string handling.
 */
import { speechVerb } from '../lexicon/speech';
import { lastStartingBefore } from '../text/spans';
import type { Span, Token } from '../types';

/** Token-level reading helpers over one text's tokens. */
export class TokenReader {
  /** Each token's text in lowercase, by token index. */
  readonly lower: string[];

  /** Tokens of headlines, where title case hides which words are verbs. */
  private readonly titleCase: Uint8Array;

  constructor(
    protected readonly text: string,
    readonly tokens: readonly Token[],
    headlines: readonly Span[] = [],
  ) {
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

  /** The text span of tokens [from, to). */
  spanOf(from: number, to: number): Span {
    return { start: this.tokens[from].start, end: this.tokens[to - 1].end };
  }

  /** Index of the token starting at `offset`, or else of the first one after it. */
  indexAt(offset: number): number {
    return lastStartingBefore(this.tokens, offset) + 1;
  }
}
