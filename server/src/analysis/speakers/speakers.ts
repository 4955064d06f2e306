/**
 * Speaker attribution: for each quote, the mention that credits it and who that mention refers to.
 *
 * 1. Each quote's own cue, read from the sentence around it (attribution.ts): `"...," X said`,
 *    `"...," said X`, `X said: "..."`, `according to X`, a colon after a sentence that names the
 *    speaker. The speaker phrase is read by phrases.ts, phrases-forward.ts and subjects.ts.
 * 2. The article is read in order, so pronouns and nominals ("he", "the agency") resolve against
 *    the speakers and sentence subjects met so far (discourse.ts); reported speech without quotes
 *    (`X said that ...`) also makes X the last speaker.
 * 3. Quotes with no cue of their own take the speaker of the quote next to them in the same
 *    paragraph (`"A," she said. "B."`), else continue the current speaker, the last one quoted or
 *    reported as saying something, when the quote opens the sentence right after theirs or the
 *    paragraph after theirs (news style for a speaker who goes on).
 */
import { CueFinder } from './attribution';
import { lastStartingBefore, sentenceIndex } from '../text/spans';
import { ROLE_NOUNS } from '../lexicon/people';
import type { Attribution } from './cue-before';
import { isParticiple } from '../lexicon/speech';
import { Discourse, slug, type Referent } from './discourse';
import type { Mention } from './phrases';
import { headKind } from '../lexicon/organization-kinds';
import { SubjectReader } from './subjects';
import type { QuoteSpan } from '../quotes/quotes';
import type { EntityMention, Person, Quote, SpeakerRef, Structure } from '../types';

/** Quotes with their speakers resolved where the text allows. Never throws. */
export function attributeSpeakers(text: string, structure: Structure, quotes: QuoteSpan[], entities: EntityMention[], people: Person[]): Quote[] {
  const named = new Set(entities.map((e) => e.start));
  const reader = new SubjectReader(
    text,
    structure.tokens,
    structure.paragraphs.filter((p) => p.kind === 'headline'),
    named,
  );
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
  for (const { mention, reports, embedded } of sentenceSubjects(finder))
    if (!taken.has(mention.start)) items.push({ offset: mention.start, mention, reports, embedded });
  items.sort((a, b) => a.offset - b.offset || (a.quote === undefined ? 1 : -1));

  const speakers: (SpeakerRef | null)[] = quotes.map(() => null);
  /** The speaker of reported speech in each sentence that has some (`X said that ...`). */
  const reported = new Map<number, SpeakerRef>();
  for (const item of items) {
    const word = text.slice(item.mention.start, item.mention.end);
    const referent = discourse.resolve(item.mention, word);
    if (referent) discourse.note(referent, item.mention.start, item.embedded, item.quote !== undefined || !!item.reports);
    else if (item.mention.kind === 'nominal' && headKind(item.mention.head ?? ''))
      discourse.note({ id: '', name: '', kind: 'organization' }, item.mention.start, item.embedded);
    else if (item.mention.kind === 'nominal' && item.mention.head) discourse.noteUnnamed(item.mention.head, item.mention.start, word);
    if (item.quote !== undefined) speakers[item.quote] = speakerRef(text, item.mention, referent);
    else if (item.reports) {
      // The sentence's main speaker, not the subject of a clause it reports ("X said Poland had ...").
      const s = sentenceIndex(structure, item.offset);
      if (!reported.has(s) || !item.embedded) reported.set(s, speakerRef(text, item.mention, referent));
    }
  }
  propagate(structure, quotes, own, speakers, discourse, reported);

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
 * paragraph (earlier first), else the current speaker when the quote opens the sentence right after
 * the speaker's or the paragraph after the speaker's.
 */
function propagate(
  structure: Structure,
  quotes: QuoteSpan[],
  own: (Attribution | null)[],
  speakers: (SpeakerRef | null)[],
  discourse: Discourse,
  reported: Map<number, SpeakerRef>,
): void {
  const paragraphOf = quotes.map((q) => discourse.paragraphAt(q.start));
  // Where each quote ends: a quote that runs over several paragraphs goes on in its last one.
  const endParagraphOf = quotes.map((q) => discourse.paragraphAt(q.end - 1));
  const sentenceOf = (offset: number) => sentenceIndex(structure, offset);
  for (let i = 0; i < quotes.length; i++) {
    if (own[i] || speakers[i]) continue;
    // A fragment only continues the quote before it in its sentence: `"A," said X, "and b."`.
    const j = i - 1;
    if (quotes[i].fragment) {
      const cue = own[j]?.cue;
      if (
        j >= 0 &&
        speakers[j] &&
        cue &&
        cue.start >= quotes[j].end &&
        cue.end <= quotes[i].start &&
        sentenceOf(quotes[j].start) === sentenceOf(quotes[i].start)
      )
        speakers[i] = speakers[j];
      continue;
    }
    for (let j = i - 1; j >= 0 && endParagraphOf[j] === paragraphOf[i]; j--) {
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
  }
  // A quote that opens a sentence with no attribution of its own continues the current speaker, the
  // last one quoted or reported as saying something, when that was in the sentence just before or
  // the quote opens the paragraph after the speaker's ("Smith said the plant was safe." then a
  // paragraph "“We checked every valve.”"). This is the news convention a reader follows; a quote
  // further from any speaker stays unattributed. A quote given its speaker so carries the turn on to
  // the next quote paragraph, as a run of quote paragraphs is one speaker's until someone else is named.
  type Event = { offset: number; sentence: number; paragraph: number; ref: SpeakerRef };
  const events: Event[] = [];
  quotes.forEach((q, i) => {
    if (own[i] && speakers[i] && !q.fragment)
      events.push({ offset: q.start, sentence: sentenceOf(q.end - 1), paragraph: endParagraphOf[i], ref: speakers[i]! });
  });
  for (const [s, ref] of reported) events.push({ offset: ref.start, sentence: s, paragraph: structure.sentences[s]?.paragraph ?? -1, ref });
  events.sort((a, b) => a.offset - b.offset);
  const starts = events.map((e) => ({ start: e.offset }));
  let carried: Event | undefined;
  for (let i = 0; i < quotes.length; i++) {
    if (speakers[i] || quotes[i].fragment) continue;
    const s = sentenceOf(quotes[i].start);
    if (structure.sentences[s]?.start !== quotes[i].start) continue;
    const listed = events[lastStartingBefore(starts, quotes[i].start)];
    const event = carried && (!listed || carried.offset > listed.offset) ? carried : listed;
    // Someone named, or one person met by their role ("a senior official said"); not "sources say".
    if (!event || !(event.ref.id || (event.ref.via === 'nominal' && ROLE_NOUNS.has(lastWord(event.ref.text)) && !/[^s]s$/i.test(event.ref.text)))) continue;
    // Right after the speaker's sentence, or opening the paragraph after the speaker's: a sentence
    // about someone else in between ("Residents were told to boil their water.") ends the turn.
    const opensParagraph = structure.paragraphs[paragraphOf[i]]?.start === quotes[i].start;
    if (event.sentence === s - 1 || (opensParagraph && event.paragraph === paragraphOf[i] - 1)) {
      speakers[i] = event.ref;
      carried = { offset: quotes[i].start, sentence: sentenceOf(quotes[i].end - 1), paragraph: endParagraphOf[i], ref: event.ref };
    }
  }
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
        if (subject && subject.kind === 'name' && r.followedByVerb(r.indexAt(subject.end), end, false))
          out.push({ mention: subject, reports: false, embedded: false });
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
      else if (finder.structure.tokens[k - 1]?.text === ',') {
        // "Debates rarely move the race, noted Metro Radio's Dana Holt.": the speaker after the verb.
        let after = r.phraseAfter(k + 1, end);
        // "Metro Radio's Dana Holt": the person after the outlet that employs them.
        for (let j = k + 1; after && j < r.indexAt(after.end); j++) if (/['’]s$/.test(r.tokens[j].text)) after = r.phraseAfter(j + 1, end);
        if (after?.kind === 'name' && /^[.,;]$/.test(finder.structure.tokens[r.indexAt(after.end)]?.text ?? ''))
          out.push({ mention: after, reports: true, embedded: reporters++ > 0 });
      }
    }
  }
  return out;
}

/** The last word of a phrase, lowercase ("a senior official" -> official). */
function lastWord(phrase: string): string {
  return (phrase.toLowerCase().match(/\p{L}+/gu) ?? ['']).pop()!;
}
