/**
 * The cue written before a quote: `X said: "..."`, `X told reporters, "..."`, `..., adding, "..."`,
 * a label before a colon (`More from Jones: "..."`) or a clause ending in one (`Vance was blunt:
 * "..."`). It reads back from the quote over a bounded window of tokens. It stands apart from
 * attribution.ts, which chooses the window, because it needs nothing of the quote but the token it
 * starts at and whether it is a fragment.
 */
import { DETERMINERS, NOT_HEADS, TEXT_NOUNS, isParticiple } from '../lexicon/speech';
import type { Mention } from './phrases';
import type { SubjectReader } from './subjects';
import type { Span } from '../types';

/** A quote's own attribution as written: the speaker phrase and the cue. */
export interface Attribution {
  mention: Mention;
  cue?: Span;
  /** The cue stands in the sentence after the quote's. */
  nextSentence?: boolean;
}

/** Verbs that also name things ("a website called DCLeaks"), where a nominal subject is no speaker. */
const NAMING = new Set(['call', 'label', 'dub']);

/** Tokens between a verb and the quote it introduces, without punctuation: "told reporters". */
const MAX_GAP = 14;
const MAX_BARE_GAP = 4;

/**
 * The cue in tokens [ws, qs) that introduces a quote starting at token `qs`. `quoted` marks the
 * tokens inside quotes, whose verbs are quoted words and end the search; with `colonOnly`, only a
 * window that ends in a colon may introduce the quote.
 */
export function cueBefore(r: SubjectReader, quoted: Uint8Array, ws: number, qs: number, fragment: boolean, colonOnly: boolean): Attribution | null {
  const tokens = r.tokens;
  const lastText = tokens[qs - 1]?.text ?? '';
  const introduced = /^[,:—–]$/.test(lastText);
  if (colonOnly && lastText !== ':') return null;
  for (let k = qs - 1; k >= ws && qs - k <= 25; k--) {
    if (quoted[k]) break;
    const verb = r.verbAt(k) ?? (k === ws ? r.speechWordAt(k) : null);
    if (!verb) continue;
    const gap = qs - (k + verb.length);
    if (!fragment && gap > (introduced || r.lower[qs - 1] === 'that' ? MAX_GAP : MAX_BARE_GAP)) return null;
    // A fragment belongs to the nearest clause: a relative pronoun or another clause between the
    // verb and the fragment means the fragment is not what the verb reports.
    if (fragment && (gap > 15 || clauseBreak(r, k + verb.length + 1, qs))) return null;
    const cue = r.spanOf(k, k + verb.length);
    if (isParticiple(r.lower[k]) && tokens[k - 1]?.text === ',') {
      // "..., adding, "...": the subject is that of the clause's main verb.
      for (let v = k - 2; v >= ws && k - v <= 20; v--) {
        if (quoted[v] || !r.verbAt(v) || isParticiple(r.lower[v])) continue;
        const main = r.subjectBefore(v, ws) ?? (v === ws ? r.phraseAfter(v + 1, k - 1) : null);
        if (main) return { mention: main, cue };
        break;
      }
      const subject = r.openingSubject(ws, k) ?? r.clauseSubject(k, ws);
      return subject ? { mention: subject, cue } : null;
    }
    const previous = tokens[k - 1]?.text;
    let mention = r.subjectBefore(k, ws);
    // "a website called X", "an account calling itself X" name something: after a preposition
    // or verb the phrase is an object, and the participle describes it.
    if (mention && mention.kind === 'nominal' && NAMING.has(verb.lemma)) {
      const before = r.lower[r.indexAt(mention.start) - 1];
      if (before !== undefined && r.isLowerWord(r.indexAt(mention.start) - 1) && !/^(and|but|or|then|so)$/.test(before)) return null;
    }
    if (mention?.kind === 'nominal' && isParticiple(r.lower[k]) && !/^(with|and|as)$/.test(r.lower[r.indexAt(mention.start) - 1] ?? '')) {
      // "emailed supporters saying", "released a statement saying": a participle after an object
      // reports for the clause's subject. Failing one, a text speaks for itself ("a sign saying"),
      // and people do in "with marchers chanting".
      const subject = r.openingSubject(ws, k) ?? r.clauseSubject(k, ws);
      if (!subject && !TEXT_NOUNS.has(mention.head ?? '')) return null;
      if (subject) mention = subject;
    }
    if (!mention && previous === ',') mention = r.clauseSubject(k, ws);
    if (!mention && (k === ws || previous === ',')) mention = r.phraseAfter(k + verb.length, qs);
    if (mention) return { mention, cue };
    // A base or -s form with no subject is likely a noun ("the report", "in-state"): an earlier
    // verb may still report. A past or participle form is a verb whose subject we cannot read.
    const w = r.lower[k];
    if (w !== verb.lemma && w !== `${verb.lemma}s` && !DETERMINERS.has(r.lower[k - 1] ?? '')) return null;
  }
  if (lastText !== ':') return null;
  // No verb. A name as a label before the colon ("More from Jones:", "- Carl Bialik:"), as in
  // transcripts and round-ups.
  const label = r.phraseEndingAt(qs - 2, ws, false);
  if (label && label.kind === 'name') {
    // Only a description may stand before it ("Former secretary of state Hillary Clinton:").
    let from = r.indexAt(label.start) - 1;
    while (
      from >= ws &&
      from > qs - 12 &&
      (r.isWord(from) || tokens[from].text === '.') &&
      !r.verbAt(from) &&
      !(NOT_HEADS.has(r.lower[from]) && !/^(of|the|a|an|for)$/.test(r.lower[from]))
    )
      from--;
    if (from < ws || /^[-–—―]$|^from$/i.test(tokens[from].text)) return { mention: label };
  }
  // A clause ending in a colon whose subject is a name or pronoun ("Vance was blunt:", "On
  // Friday, the senator's office issued a statement:").
  if (fragment) return null;
  const subject = r.phraseAfter(ws, qs - 1);
  if (subject && (subject.kind === 'name' || subject.kind === 'pronoun')) return { mention: subject };
  const opening = r.openingSubject(ws, qs - 1);
  return opening ? { mention: opening } : null;
}

/** Whether a relative pronoun, a conjunction or a semicolon in tokens [from, to) starts another clause. */
function clauseBreak(r: SubjectReader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(who|which|whose|while|because|although|but|when|where)$/.test(r.lower[k]) || r.tokens[k].text === ';') return true;
  return false;
}
