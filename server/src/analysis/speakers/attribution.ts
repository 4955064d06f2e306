/**
 * Each quote's own attribution, read from the sentence around it: `"...," X said` and `"...," said
 * X` after the quote; `X said: "..."` and `X told reporters, "..."` before it; `according to X`; a
 * colon after a sentence or paragraph that names the speaker (`Vance was blunt: "..."`); a dash
 * credit (`"..." ― Maria Lopez`). Every window is a sentence or a bounded number of tokens. This
 * module chooses the windows and reads the cues after a quote; cue-before.ts reads a cue
 * that stands before one.
 */
import { cueBefore, type Attribution } from './cue-before';
import { DETERMINERS, NOT_HEADS, isParticiple } from '../lexicon/speech';
import { NOT_NAMES } from '../lexicon/people';
import type { Mention } from './phrases';
import type { SubjectReader } from './subjects';
import type { QuoteSpan } from '../quotes/quotes';
import { lastStartingBefore, sentenceIndex } from '../text/spans';
import type { Structure } from '../types';

/** Words after which the phrase of an inverted cue has ended (`said Trump in a statement`). */
const CLAUSE_ENDS = new Set(
  (
    'in on at during after before when while as of to for via by who whose which from with about last this earlier later ' +
    'today yesterday and but referring adding noting speaking according told monday tuesday wednesday thursday friday ' +
    'saturday sunday'
  ).split(' '),
);

/** Finds each quote's own cue and the sentence subjects around, with bounded token windows. */
export class CueFinder {
  private readonly tokens;
  /** For each token, whether it lies inside a quote (speech verbs there are quoted words). */
  readonly quoted: Uint8Array;

  constructor(
    private readonly text: string,
    readonly structure: Structure,
    readonly reader: SubjectReader,
    private readonly quotes: QuoteSpan[],
  ) {
    // The reader is built over the structure's tokens; the finder indexes the same array.
    this.tokens = reader.tokens;
    this.quoted = new Uint8Array(this.tokens.length);
    for (const q of quotes) for (let k = this.tokenAt(q.start); k < this.tokens.length && this.tokens[k].start < q.end; k++) this.quoted[k] = 1;
  }

  attribution(q: QuoteSpan, index: number): Attribution | null {
    // A cue in the quote's own sentence comes first; one in the sentence after it ("Why?" Trump
    // asked.) only when nothing before the quote introduced it.
    const after = this.after(q, index);
    if (after) after.nextSentence = after.mention.start >= (this.structure.sentences[this.sentenceAt(q.end - 1)]?.end ?? Infinity);
    if (after && !after.nextSentence) return after;
    return this.before(q, index) ?? after ?? this.accordingTo(q, index);
  }

  /** `"...," X said`, `"...," said X`, `"..." was written by X`: the cue right after the quote. */
  private after(q: QuoteSpan, index: number): Attribution | null {
    const s = this.sentenceAt(q.end - 1);
    const sentences = this.structure.sentences;
    let limitOffset = sentences[s]?.end ?? q.end;
    let crossed = false;
    const next = sentences[s + 1];
    if (
      next &&
      next.paragraph === sentences[s].paragraph &&
      !/[\p{L}\p{N}]/u.test(this.text.slice(q.end, limitOffset)) &&
      !this.text.slice(q.end, next.start).includes('\n')
    ) {
      // The sentence ends with the quote. A question or exclamation is often followed by its cue
      // as a sentence of its own ("Why?" Trump asked.), and so is any quote by a short "X said."
      const asks = /[?!]\W*$/.test(this.text.slice(Math.max(q.content.start, q.content.end - 4), q.content.end));
      const length = this.tokenAt(next.end) - this.tokenAt(next.start);
      if (asks || length <= 8) {
        limitOffset = next.end;
        crossed = true;
      }
    }
    const nextQuote = this.quotes[index + 1];
    if (nextQuote && nextQuote.start < limitOffset) limitOffset = nextQuote.start;
    let i = this.tokenAt(q.end);
    const limit = this.tokenAt(limitOffset);
    const r = this.reader;
    // `"..." ― Sonya Herridge`: a dash and a name closing the line credit the quote.
    if (/^[―—–-]$/.test(this.tokens[i]?.text ?? '') && r.isCapital(i + 1)) {
      // Look for the end of the line only a short way, so a long line costs nothing per quote.
      let lineEnd = q.end;
      while (lineEnd < this.text.length && lineEnd - q.end < 200 && this.text[lineEnd] !== '\n') lineEnd++;
      const name = r.phraseAfter(i + 1, this.tokenAt(lineEnd));
      if (
        name &&
        name.kind === 'name' &&
        (lineEnd === this.text.length || this.text[lineEnd] === '\n') &&
        !/[\p{L}\p{N}]/u.test(this.text.slice(name.end, lineEnd))
      )
        return { mention: name };
    }
    let skipped = 0;
    while (i < limit && skipped < 2 && /^[,—–-]$/.test(this.tokens[i].text)) (i++, skipped++);
    if (i >= limit) return null;
    const inverted = r.verbAt(i);
    if (inverted && isParticiple(r.lower[i])) return null;
    if (inverted) {
      const mention = r.phraseAfter(i + inverted.length, limit);
      return mention && this.endsInversion(mention, limit) ? { mention, cue: this.reader.spanOf(i, i + inverted.length) } : null;
    }
    // `"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`: a
    // phrase right after the quote, an appositive of any length, and the verb after its comma.
    const first = r.phraseAfter(i, limit);
    if (first && this.text[first.end] === ',') {
      const comma = r.indexAt(first.end);
      for (let k = comma + 1; k < limit && k - i <= 45; k++) {
        if (this.quoted[k] || /^[;:]$/.test(this.tokens[k].text)) break;
        const verb = this.tokens[k - 1].text === ',' && !isParticiple(r.lower[k]) ? r.verbAt(k) : null;
        if (!verb) continue;
        // "the assailant, John McGraw, told": a bare name in the appositive names the speaker.
        const inside = first.kind === 'nominal' ? r.phraseEndingAt(k - 2, comma + 1, false) : null;
        const mention = inside && inside.kind === 'name' && inside.start === this.tokens[comma + 1].start ? inside : first;
        return { mention, cue: this.reader.spanOf(k, k + verb.length) };
      }
    }
    // In the next sentence only a cue that opens it counts ("Why?" Trump asked reporters.).
    for (let k = i + 1; k < limit && k - i <= (crossed ? 8 : 40); k++) {
      if (/^[;:]$/.test(this.tokens[k].text) || this.quoted[k]) break;
      const verb = r.verbAt(k);
      if (!verb || isParticiple(r.lower[k])) continue;
      if (r.lower[k + 1] === 'by' && /^(was|were|is|been|are)$/.test(r.lower[k - 1])) {
        const agent = r.phraseAfter(k + 2, limit);
        if (agent) return { mention: agent, cue: this.reader.spanOf(k, k + 1) };
      }
      const mention = r.subjectBefore(k, i);
      if (!mention) continue;
      const cue = this.reader.spanOf(k, k + verb.length);
      if (k - i <= 16 && this.leadsTo(i, mention)) return { mention, cue };
      // A reporting clause set off by commas after a partial quote: `"..." to do X, she said.`
      const after = k + verb.length;
      const closes = after >= limit || /^[,.!?]$/.test(this.tokens[after].text) || this.endsInversion({ ...mention, end: this.tokens[after - 1].end }, limit);
      if (this.tokens[this.tokenAt(mention.start) - 1]?.text === ',' && closes && mention.kind !== 'nominal') return { mention, cue };
    }
    return null;
  }

  /**
   * Whether the phrase after an inverted verb ends the reporting clause (`said Trump.`, `said Trump,
   * who`, `said Trump in a statement`) rather than starting reported speech (`said the candidate
   * could win`).
   */
  private endsInversion(mention: Mention, limit: number): boolean {
    const k = this.tokenAt(mention.end);
    if (k >= limit) return true;
    const t = this.tokens[k];
    if (t.kind !== 'word') return t.text !== '(';
    return CLAUSE_ENDS.has(this.reader.lower[k]);
  }

  /** Whether only name-like words (titles, role words) stand between token `i` and the mention. */
  private leadsTo(i: number, mention: Mention): boolean {
    const r = this.reader;
    for (let k = i; k < this.tokens.length && this.tokens[k].start < mention.start; k++) {
      const t = this.tokens[k];
      if (k - i > 6 || this.quoted[k]) return false;
      const joinsNames = (r.lower[k] === 'and' || t.text === '&') && r.isCapital(k - 1) && r.isCapital(k + 1);
      if (joinsNames) continue;
      const determiner = k === i && DETERMINERS.has(r.lower[k]);
      if (
        t.kind === 'word'
          ? !determiner && (r.verbAt(k) || NOT_HEADS.has(r.lower[k]) || (r.isCapital(k) && NOT_NAMES.has(r.lower[k])))
          : t.text !== '.' && t.text !== '-'
      )
        return false;
    }
    return true;
  }

  /** `X said: "..."`, `X told reporters, "..."`, or a colon after a sentence that names X. */
  private before(q: QuoteSpan, index: number): Attribution | null {
    const s = this.sentenceAt(q.start);
    const sentence = this.structure.sentences[s];
    const previousQuote = this.quotes[index - 1];
    let windowStart = sentence ? sentence.start : q.start;
    if (previousQuote && previousQuote.end > windowStart && previousQuote.end <= q.start) windowStart = previousQuote.end;
    const ws = this.tokenAt(windowStart);
    const qs = this.tokenAt(q.start);
    if (qs > ws) return cueBefore(this.reader, this.quoted, ws, qs, q.fragment === true, false);
    // The quote opens its sentence: a sentence just before it that ends with a colon may name the
    // speaker ("Vance was blunt:" or a paragraph "Caddell continued:").
    const prev = this.structure.sentences[s - 1];
    if (!prev || (previousQuote && previousQuote.end > prev.start)) return null;
    if (this.text[prev.end - 1] !== ':' || this.structure.paragraphs[prev.paragraph].kind === 'headline') return null;
    return cueBefore(this.reader, this.quoted, this.tokenAt(prev.start), this.tokenAt(prev.end), false, true);
  }

  /** `according to X` in the quote's sentence. */
  private accordingTo(q: QuoteSpan, index: number): Attribution | null {
    const s = this.sentenceAt(q.start);
    const e = this.sentenceAt(q.end - 1);
    const from = Math.max(this.structure.sentences[s]?.start ?? q.start, this.quotes[index - 1]?.end ?? 0);
    const to = Math.min(this.structure.sentences[e]?.end ?? q.end, this.quotes[index + 1]?.start ?? Infinity);
    const r = this.reader;
    const end = this.tokenAt(to);
    for (let k = this.tokenAt(from); k < end && k - this.tokenAt(from) < 200; k++) {
      if (this.quoted[k] || r.lower[k] !== 'according' || r.lower[k + 1] !== 'to') continue;
      const mention = r.phraseAfter(k + 2, end);
      if (mention) return { mention, cue: this.reader.spanOf(k, k + 2) };
    }
    return null;
  }

  /** Index of the first token that starts at or after `offset`. */
  tokenAt(offset: number): number {
    return lastStartingBefore(this.tokens, offset) + 1;
  }

  sentenceAt(offset: number): number {
    return sentenceIndex(this.structure, offset);
  }
}
