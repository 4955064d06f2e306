import type { Quote, Span, Structure } from '../types';
import { TEXT_NOUNS, isSpeechForm } from '../lexicon/speech';
import { lastStartingBefore, sentenceIndex } from '../text/spans';
import type { Rule } from './rule';
import { inBody, paragraphIndexAt } from './util';

/**
 * A full quoted statement whose speaker a careful reader cannot tell. The speakers stage credits what
 * a reader credits (cues, pronouns, the current speaker carried into the next sentence or paragraph);
 * this rule stays quiet besides on what a reader reads as no statement (scare quotes, fragments,
 * titles, slogans and headlines in title case, quotes inside quotes and in headlines) and on a quote
 * whose sentence, or the sentence after it, has a verb of saying or a colon introducing it: the
 * reader finds the speaker there even where the stage could not read the phrase.
 */
export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A full-sentence direct quote with no speaker.',
  rationale: 'Every direct quote needs a named speaker, or readers cannot judge who stands behind the words.',
  check: ({ text, structure, quotes, entities }) => {
    const nested = nestedQuotes(quotes);
    const speakers = entities.filter((e) => e.kind === 'person' || e.kind === 'organization');
    const attributedIn = attributedPerParagraph(text, structure, quotes);
    // The paragraphs holding a statement whose speaker a reader knows, in text order: a quote
    // paragraph right after one of them goes on in the same voice (news style for a speaker who
    // continues, a statement quoted at length, a transcript).
    const known = new Set<number>();
    const unknown: Quote[] = [];
    for (const q of quotes) {
      // An unclosed quote is already reported by unbalanced-quote; one finding per mistake is enough.
      // Nor are fragments, titles and headlines statements whose voice a next paragraph could continue.
      if (q.unclosed || nested.has(q) || q.fragment || !isStatement(text, q) || !inBody(structure, q.start)) continue;
      const paragraph = paragraphIndexAt(structure, q.start);
      if (
        q.speaker ||
        q.cue ||
        (known.has(paragraph - 1) && structure.paragraphs[paragraph]?.start === q.start) ||
        leadQuote(text, structure, speakers, q) ||
        // "cannot be portrayed simply as "Big Coal vs. wind."": words quoted inside the writer's own
        // sentence, right after one of its words, are a phrase of that sentence, not a statement.
        /\p{Ll}[ \t\u00a0]?$/u.test(text.slice(Math.max(0, q.start - 2), q.start)) ||
        attributedNearby(text, structure, attributedIn, q) ||
        speechAround(text, structure, quotes, q) ||
        candidateNearby(text, structure, quotes, speakers, q)
      ) {
        known.add(paragraphIndexAt(structure, q.end - 1));
        continue;
      }
      unknown.push(q);
    }
    return unknown.map((q) => {
      const end = q.parts?.length ? q.parts[q.parts.length - 1].end : q.end;
      const closing = text[end - 1];
      const lastWord = text[end - 2];
      // '"We are ready."' becomes '"We are ready," [SPEAKER] said.' as style books want it.
      const edits =
        lastWord === '.' && /["”»’']/.test(closing) && !/\S/.test(text[end] ?? ' ')
          ? [
              { start: end - 2, end: end - 1, newText: ',' },
              { start: end, end, newText: ' [SPEAKER] said.' },
            ]
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

/**
 * A quote that is the article's first body paragraph by itself: a lead quote, which the paragraphs
 * after it introduce ("So says the narrator of ...", "That slogan was ...").
 */
function leadQuote(text: string, structure: Structure, speakers: readonly Span[], q: Quote): boolean {
  const i = paragraphIndexAt(structure, q.start);
  const paragraph = structure.paragraphs[i];
  if (!paragraph || q.end < paragraph.end - 1) return false;
  // After a dateline at most: "LOS ANGELES -- "…"".
  if (!/^(?:\p{Lu}[\p{Lu}\s.,]*(?:--|—|–)\s*)?$/u.test(text.slice(paragraph.start, q.start))) return false;
  for (let k = 0; k < i; k++) if (structure.paragraphs[k].kind === 'body') return false;
  // The paragraph after it introduces someone who could have said it; a lone quote under a headline
  // stays unattributed.
  const next = structure.paragraphs[i + 1];
  return !!next && speakers.some((s) => s.start >= next.start && s.start < next.end);
}

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
    if (!paragraph || !(q.speaker || q.cue || tagged(text, q, paragraph))) continue;
    // A quote running over paragraphs is attributed in the one it ends in too.
    const last = paragraphIndexAt(structure, q.end - 1);
    for (const k of last > i ? [i, last] : [i]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Words that introduce or tag a quotation. */
const SPEECH = String.raw`(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|explained|continued|recalled|warned|noted|insisted|replied|argued|declared|stated|tweeted|posted|posts|responded|remarked|acknowledged|conceded|cautioned|urged|announced)`;
/** `"...," she said` / `"...?" asked Jane Roe`: a tag after a quote that ends in a comma, ? or !. */
const TAG_AFTER = new RegExp(String.raw`^\s*(?:[^.!?"“”«»\n]|\.(?=\S)){0,100}?\b${SPEECH}\b`, 'u');
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
 * Whether a reader finds the speaker around the quote, where the speakers stage could not read the
 * phrase: a verb of saying in any form in the quote's own sentences outside quotations ("before
 * saying", "as X put it", "says Lena Osei"), a short tag sentence right after it ("Holt
 * insisted."), a colon introducing it or the quotes before it in the paragraph ("the questions came
 * fast: "..." . . . "..."), a speaker's label opening the paragraph ("Holt: Well, ..."), a
 * credit after it ("..., by Metro Daily's Jo Park", "[Wire.]", a next line "-Ana Ruiz"), or
 * a noun for a text just before it ("headlines such as "...""), whose words it is.
 */
function speechAround(text: string, structure: Structure, quotes: Quote[], q: Quote): boolean {
  const first = sentenceIndex(structure, q.start);
  const last = sentenceIndex(structure, q.end - 1);
  const sentence = structure.sentences[first];
  const paragraph = sentence && structure.paragraphs[sentence.paragraph];
  if (!sentence || !paragraph) return false;
  const before = outsideQuotes(text, quotes, paragraph.start, q.start);
  const LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:/u;
  if (/:[\s.…]*$/.test(before) || LABEL.test(before)) return true;
  // A paragraph of its own after one that ends in a colon ("The statement read:") or after a
  // transcript's turn ("TRUMP: ..."): the quote goes on from there.
  const previous = structure.paragraphs[sentence.paragraph - 1];
  if (previous && before.trim() === '' && (/:\s*$/.test(text.slice(previous.start, previous.end)) || LABEL.test(text.slice(previous.start, previous.end))))
    return true;
  // A credit after the quote: "…," by Metro Daily's Jo Park; "…" [Wire.]; a line "-Ana Ruiz".
  const after = text.slice(q.end, q.end + 60);
  // '"…" (2005)', '"…" (campaign poster)': a caption's parenthesis says whose words or when.
  if (/^\s*\((?:\p{L}|\d)/u.test(after)) return true;
  if (/^\s*,?\s*by\s+\p{Lu}/u.test(after) || /^\s*\[\p{Lu}[^\]\n]{0,40}\]/u.test(after) || /^\s*\n\s*[-–—―]\s*\p{Lu}/u.test(after)) return true;
  const lead = before.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (lead.slice(-4).some((w) => TEXT_NOUNS.has(w) || TEXT_NOUNS.has(w.replace(/s$/, '')))) return true;
  const own =
    outsideQuotes(text, quotes, sentence.start, structure.sentences[last].end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (own.some((w, k) => isSpeechForm(w, own[k + 1]) || w === 'say' || w === 'ask')) return true;
  // A tag sentence: a verb of saying with at most a name after it ("Holt insisted.").
  const next = structure.sentences[last + 1];
  if (!next || next.paragraph !== sentence.paragraph) return false;
  const tag = text
    .slice(next.start, next.end)
    .replace(/[.!?]+$/, '')
    .split(/\s+/);
  const verb = tag.findIndex((w, k) => isSpeechForm(w.toLowerCase(), tag[k + 1]?.toLowerCase()));
  return tag.length <= 6 && verb >= 0 && tag.slice(verb + 1).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether someone who could have said the quote is named right around it, outside quotations: in its
 * own sentences, the sentence before it (news style continues a speaker just introduced: "Holt was
 * blunt. "We had no warning."") or the sentence after it in its paragraph (a speaker named right
 * after). A reader takes that person as the speaker, so the quote is not anonymous to them.
 */
function candidateNearby(text: string, structure: Structure, quotes: Quote[], speakers: readonly Span[], q: Quote): boolean {
  const first = sentenceIndex(structure, q.start);
  const last = sentenceIndex(structure, q.end - 1);
  const previous = structure.sentences[first - 1];
  const next = structure.sentences[last + 1];
  const from = previous ? previous.start : (structure.sentences[first]?.start ?? q.start);
  const to = next && next.paragraph === structure.sentences[last]?.paragraph ? next.end : (structure.sentences[last]?.end ?? q.end);
  const inside = (offset: number) => {
    const i = lastStartingBefore(quotes, offset + 1);
    return i >= 0 && offset < quotes[i].end;
  };
  for (let i = Math.max(0, lastStartingBefore(speakers, from)); i < speakers.length && speakers[i].start < to; i++) {
    if (speakers[i].start >= from && !inside(speakers[i].start)) return true;
  }
  // "he" or "she" there stands for someone the reader already knows ("He stayed at the pump
  // all night. "Someone had to."", "She pauses.").
  return /\b(?:he|she)\b/i.test(outsideQuotes(text, quotes, from, to));
}

/** The text of [start, end) with every quotation in it blanked out. */
function outsideQuotes(text: string, quotes: Quote[], start: number, end: number): string {
  let out = '';
  let at = start;
  // Quotes are in text order: start from the last one opening before `start` (a quote may span it),
  // so each call costs the quotes it covers, not all of them.
  for (let i = Math.max(0, lastStartingBefore(quotes, start)); i < quotes.length && quotes[i].start < end; i++) {
    const q = quotes[i];
    if (q.end <= at) continue;
    out += text.slice(at, Math.max(at, q.start)) + ' ';
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, end);
}

/**
 * Whether a quote is a full statement rather than a fragment. The quotes stage marks fragments; this
 * backstop keeps one-word scare quotes quiet even if a quote arrives without the flag.
 */
function isStatement(text: string, q: Quote): boolean {
  if (q.fragment) return false;
  const words = text.slice(q.content.start, q.content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3) return false;
  // "Clean Water For Every Home", "Secrets of the Deep Grid": a title, slogan or headline in title
  // case names a work or a motto; it is no one's statement.
  const long = words.filter((w) => w.length > 3);
  return long.length === 0 || long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length < 0.75;
}
