import type { Quote, Structure } from '../types';
import type { Rule } from './rule';
import { inBody, paragraphIndexAt } from './util';

/**
 * A full quoted statement that nobody is credited with. Scare quotes, short fragments, titles and
 * quotes inside other quotes are left alone, as are quotes in headlines, and untagged quotes in a
 * paragraph where another quote is attributed (the speaker carries over, as newsroom style expects).
 */
export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A full-sentence direct quote with no speaker.',
  rationale: 'Every direct quote needs a named speaker, or readers cannot judge who stands behind the words.',
  check: ({ text, structure, quotes }) => {
    const nested = nestedQuotes(quotes);
    const attributedIn = attributedPerParagraph(text, structure, quotes);
    return quotes
      // An unclosed quote is already reported by unbalanced-quote; one finding per mistake is enough.
      .filter((q) => !q.speaker && !q.cue && !q.unclosed && !nested.has(q) && isStatement(text, q) && inBody(structure, q.start))
      .filter((q) => !attributedNearby(text, structure, attributedIn, q))
      .map((q) => {
        const end = q.parts?.length ? q.parts[q.parts.length - 1].end : q.end;
        const closing = text[end - 1];
        const lastWord = text[end - 2];
        // '"We are ready."' becomes '"We are ready," [SPEAKER] said.' as style books want it.
        const edits =
          lastWord === '.' && /["”»’']/.test(closing) && !/\S/.test(text[end] ?? ' ')
            ? [{ start: end - 2, end: end - 1, newText: ',' }, { start: end, end, newText: ' [SPEAKER] said.' }]
            : [{ start: end, end, newText: ' [SPEAKER] said.' }];
        return {
          start: q.start,
          end: q.end,
          message: 'This quote is not attributed to anyone: who said it?',
          data: { fixes: [{ title: 'Add a speaker: "[SPEAKER] said."', edits }] },
        };
      });
  },
};

/** Quotes inside another quote (a sweep over the quotes in text order). */
function nestedQuotes(quotes: Quote[]): Set<Quote> {
  const nested = new Set<Quote>();
  let reach = -1;
  for (const q of [...quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (q.end <= reach) nested.add(q);
    reach = Math.max(reach, q.end);
  }
  return nested;
}

/** For each paragraph index, how many of its quotes have a speaker, a cue or a tag beside them. */
function attributedPerParagraph(text: string, structure: Structure, quotes: Quote[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const q of quotes) {
    const i = paragraphIndexAt(structure, q.start);
    const paragraph = structure.paragraphs[i];
    if (paragraph && (q.speaker || q.cue || tagged(text, q, paragraph))) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  return counts;
}

/** Words that introduce or tag a quotation. */
const SPEECH = String.raw`(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|explained|continued|recalled|warned|noted|insisted|replied|argued|declared|stated|tweeted|posted|posts|responded|remarked|acknowledged|conceded|cautioned|urged|announced)`;
/** `"...," she said` / `"...?" asked Jane Roe`: a tag after a quote that ends in a comma, ? or !. */
const TAG_AFTER = new RegExp(String.raw`^\s*[^.!?"“”«»\n]{0,60}?\b${SPEECH}\b`, 'u');
/** `Jane Roe said: "..."`, `she told reporters, "..."`: an introduction before the quote. */
const TAG_BEFORE = new RegExp(String.raw`\b${SPEECH}\b[^.!?"“”«»\n]{0,50}?[:,]\s*$`, 'u');
/** A title or a name in quotes: `a report titled "APT44: Unearthing Sandworm"`. */
const TITLE_BEFORE = /\b(?:titled|entitled|called|named|dubbed|headlined|labelled|labeled|nicknamed|known as|the phrase|the words?)\s*$/iu;

/**
 * A backstop for the speakers stage: a quote whose attribution tag stands right next to it, or which
 * shares a paragraph with an attributed quote, is not unattributed even if the speaker was not resolved.
 */
function attributedNearby(text: string, structure: Structure, attributedIn: Map<number, number>, q: Quote): boolean {
  const i = paragraphIndexAt(structure, q.start);
  const paragraph = structure.paragraphs[i];
  if (!paragraph) return false;
  const before = text.slice(Math.max(paragraph.start, q.start - 80), q.start);
  if (TITLE_BEFORE.test(before)) return true;
  if (tagged(text, q, paragraph)) return true;
  // Newsroom convention: an untagged quote beside a tagged one in the same paragraph has the same speaker.
  return (attributedIn.get(i) ?? 0) > 0;
}

/** Whether an attribution tag stands right before or after the quote ("she said", "Roe said: "). */
function tagged(text: string, q: Quote, paragraph: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(paragraph.start, q.start - 80), q.start);
  const end = q.parts?.length ? q.parts[q.parts.length - 1].end : q.end;
  const after = text.slice(end, Math.min(paragraph.end, end + 80));
  const lastInside = text.slice(q.content.start, q.content.end).trimEnd().slice(-1);
  return TAG_BEFORE.test(before) || ((/[,?!—–-]/.test(lastInside) || /^\s*,/.test(after)) && TAG_AFTER.test(after));
}

/**
 * Whether a quote is a full statement rather than a fragment. The quotes stage marks fragments; this
 * backstop keeps one-word scare quotes quiet even if a quote arrives without the flag.
 */
function isStatement(text: string, q: Quote): boolean {
  if (q.fragment) return false;
  const words = text.slice(q.content.start, q.content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 3;
}
