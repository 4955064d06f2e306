/**
 * Speaker attribution: for each quote, the mention that credits it and who that mention refers to.
 *
 * 1. Each quote's own cue, read from the sentence around it (attribution.ts): `"...," X said`,
 *    `"...," said X`, `X said: "..."`, `according to X`, a colon after a sentence that names the
 *    speaker. The speaker phrase is read by mentions.ts and subjects.ts.
 * 2. The article is read in order, so pronouns and nominals ("he", "the agency") resolve against
 *    the speakers and sentence subjects met so far (coref.ts); reported speech without quotes
 *    (`X said that ...`) also makes X the last speaker.
 * 3. Quotes with no cue of their own take the speaker of the quote next to them in the same
 *    paragraph (`"A," she said. "B."`), or of the previous paragraph when the paragraph is nothing
 *    but a quote (news style for a speaker who goes on).
 */
import { CueFinder } from './attribution';
import { sentenceIndex } from '../text/spans';
import type { Attribution } from './cue-before';
import { isParticiple } from '../lexicon/speech';
import { Discourse, slug, type Referent } from './discourse';
import type { Mention } from './phrases';
import { headKind } from '../lexicon/organization-kinds';
import { SubjectReader } from './subjects';
import type { QuoteSpan } from '../quotes/quotes';
import type { EntityMention, Person, Quote, SpeakerRef, Span, Structure } from '../types';

/** Quotes with their speakers resolved where the text allows. Never throws. */
export function attributeSpeakers(text: string, structure: Structure, quotes: QuoteSpan[], entities: EntityMention[], people: Person[]): Quote[] {
  const reader = new SubjectReader(text, structure.tokens, structure.paragraphs.filter((p) => p.kind === 'headline'));
  const finder = new CueFinder(text, structure, reader, quotes);
  const discourse = new Discourse(text, structure, entities, people, byline(text, structure), quotes);
  const own = quotes.map((q, i) => finder.attribution(q, i));

  // Read the article in order: sentence subjects and reported speech, and the quotes' own
  // attributions, each at the offset of its mention, so pronouns see only what came before.
  const items: { offset: number; mention: Mention; quote?: number; reports?: boolean; embedded?: boolean }[] = [];
  const taken = new Set<number>();
  own.forEach((a, i) => {
    if (!a) return;
    items.push({ offset: a.mention.start, mention: a.mention, quote: i });
    taken.add(a.mention.start);
  });
  for (const { mention, reports, embedded } of sentenceSubjects(finder)) if (!taken.has(mention.start)) items.push({ offset: mention.start, mention, reports, embedded });
  items.sort((a, b) => a.offset - b.offset || (a.quote === undefined ? 1 : -1));

  const speakers: (SpeakerRef | null)[] = quotes.map(() => null);
  /** The speaker of reported speech in each sentence that has some (`X said that ...`). */
  const reported = new Map<number, SpeakerRef>();
  for (const item of items) {
    const word = text.slice(item.mention.start, item.mention.end);
    const referent = discourse.resolve(item.mention, word);
    if (referent) discourse.note(referent, item.mention.start, item.embedded, item.quote !== undefined || !!item.reports);
    else if (item.mention.kind === 'nominal' && item.mention.head && !/^the\s/i.test(text.slice(item.mention.start, item.mention.end))) discourse.noteUnnamed(item.mention.head, item.mention.start);
    else if (item.mention.kind === 'nominal' && headKind(item.mention.head ?? '')) discourse.note({ id: '', name: '', kind: 'organization' }, item.mention.start, item.embedded);
    if (item.quote !== undefined) speakers[item.quote] = speakerRef(text, item.mention, referent);
    else if (item.reports && item.mention.kind !== 'nominal') reported.set(sentenceIndex(structure, item.offset), speakerRef(text, item.mention, referent));
  }
  propagate(text, structure, quotes, own, speakers, discourse, reported);

  return quotes.map((q, i) => {
    const quote: Quote = { ...q, text: text.slice(q.start, q.end), speaker: speakers[i] };
    const cue = own[i]?.cue;
    if (cue) quote.cue = cue;
    return quote;
  });
}

function speakerRef(text: string, mention: Mention, referent: Referent | null): SpeakerRef {
  const span = mention.kind === 'name' ? mention.core : mention;
  const via = mention.kind === 'name' ? (mention.organization || referent?.kind === 'organization' ? 'organization' : 'name') : mention.kind;
  const ref: SpeakerRef = { start: span.start, end: span.end, text: text.slice(span.start, span.end), name: referent?.name ?? '', id: referent?.id ?? '', via };
  if (referent?.confidence) ref.confidence = referent.confidence;
  return ref;
}

/**
 * Quotes without a cue of their own: the speaker of the nearest attributed quote in the same
 * paragraph (earlier first), else, for a paragraph that is only a quote, the speaker of the
 * previous paragraph's last quote.
 */
function propagate(
  text: string,
  structure: Structure,
  quotes: QuoteSpan[],
  own: (Attribution | null)[],
  speakers: (SpeakerRef | null)[],
  discourse: Discourse,
  reported: Map<number, SpeakerRef>,
): void {
  const paragraphOf = quotes.map((q) => discourse.paragraphAt(q.start));
  const sentenceOf = (offset: number) => sentenceIndex(structure, offset);
  for (let i = 0; i < quotes.length; i++) {
    if (own[i] || speakers[i]) continue;
    // A fragment only continues the quote before it in its sentence: `"A," said X, "and b."`.
    const j = i - 1;
    if (quotes[i].fragment) {
      const cue = own[j]?.cue;
      if (j >= 0 && speakers[j] && cue && cue.start >= quotes[j].end && cue.end <= quotes[i].start && sentenceOf(quotes[j].start) === sentenceOf(quotes[i].start)) speakers[i] = speakers[j];
      continue;
    }
    for (let j = i - 1; j >= 0 && paragraphOf[j] === paragraphOf[i]; j--) {
      // A fragment passes its speaker on only within its sentence ("X said Y was "a," adding, "B.").
      if (speakers[j] && (!quotes[j].fragment || own[j] || sentenceOf(quotes[j].end - 1) === sentenceOf(quotes[i].start))) {
        speakers[i] = speakers[j];
        break;
      }
    }
    if (speakers[i]) continue;
    for (let j = i + 1; j < quotes.length && paragraphOf[j] === paragraphOf[i]; j++) {
      if (own[j] && speakers[j] && !quotes[j].fragment) {
        speakers[i] = speakers[j];
        break;
      }
    }
    if (speakers[i]) continue;
    // A quote that opens a sentence right after reported speech in its paragraph goes on with the
    // same speaker ("Smith said the plant was safe. "We checked every valve."").
    const s = sentenceOf(quotes[i].start);
    const previous = structure.sentences[s - 1];
    const opens = structure.sentences[s]?.start === quotes[i].start;
    if (opens && previous && previous.paragraph === structure.sentences[s].paragraph && reported.has(s - 1)) speakers[i] = reported.get(s - 1)!;
  }
  for (let i = 0; i < quotes.length; i++) {
    if (speakers[i] || quotes[i].fragment) continue;
    const p = paragraphOf[i];
    const paragraph = structure.paragraphs[p];
    if (!paragraph || quotes[i].start !== paragraph.start || !onlyQuotes(text, paragraph, quotes, i)) continue;
    const j = i - 1;
    if (j >= 0 && paragraphOf[j] === p - 1 && speakers[j] && !quotes[j].fragment) speakers[i] = speakers[j];
  }
}

/** Whether the paragraph holds nothing but quote `i` and the quotes after it. */
function onlyQuotes(text: string, paragraph: Span, quotes: QuoteSpan[], i: number): boolean {
  let at = paragraph.start;
  for (let j = i; j < quotes.length && quotes[j].start < paragraph.end; j++) {
    if (/[\p{L}\p{N}]/u.test(text.slice(at, quotes[j].start))) return false;
    at = quotes[j].end;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(at, paragraph.end));
}

/** The author named in the byline ("By Ana Diaz"), whom "I" refers to. */
function byline(text: string, structure: Structure): Referent | null {
  const p = structure.paragraphs.find((x) => x.kind === 'byline');
  if (!p) return null;
  const m = /^by\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})/iu.exec(text.slice(p.start, p.end));
  if (!m) return null;
  const name = m[1].trim();
  return { id: `person:${slug(name)}`, name, kind: 'person' };
}

/**
 * Speakers and subjects outside quotes, for pronouns to refer to: the subject of every speech verb
 * (`X said that ...`), the agent of `according to X`, and a name that opens a sentence.
 */
function sentenceSubjects(finder: CueFinder): { mention: Mention; reports: boolean; embedded: boolean }[] {
  const out: { mention: Mention; reports: boolean; embedded: boolean }[] = [];
  const r = finder.reader;
  for (const sentence of finder.structure.sentences) {
    // Headlines are in title case: a capitalised word there is no evidence of a name.
    if (finder.structure.paragraphs[sentence.paragraph]?.kind === 'headline') continue;
    const first = finder.tokenAt(sentence.start);
    const end = finder.tokenAt(sentence.end);
    let floor = first;
    // A speaker met earlier in the sentence reports what the later subjects do.
    let reporters = 0;
    for (let k = first; k < end; k++) {
      if (finder.quoted[k]) {
        floor = k + 1;
        continue;
      }
      if (k === floor && r.isCapital(k)) {
        // A name opening the sentence is its subject only if a verb follows ("Stumpf made").
        const subject = r.phraseAfter(k, end);
        if (subject && subject.kind === 'name' && r.followedByVerb(r.indexAt(subject.end), end, false)) out.push({ mention: subject, reports: false, embedded: false });
      }
      if (r.lower[k] === 'according' && r.lower[k + 1] === 'to') {
        const agent = r.phraseAfter(k + 2, end);
        if (agent) out.push({ mention: agent, reports: true, embedded: reporters++ > 0 });
        continue;
      }
      const verb = r.verbAt(k);
      if (!verb || isParticiple(r.lower[k])) continue;
      const subject = r.subjectBefore(k, floor);
      if (subject) out.push({ mention: subject, reports: true, embedded: reporters++ > 0 });
    }
  }
  return out;
}

