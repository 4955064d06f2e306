/**
 * Claims: sentences that accuse an actor, a country or a named group of hostile activity, and whether
 * the article says who makes the accusation. A shallow reading, on purpose: find a hostile verb, walk
 * left over auxiliaries and adverbs to its subject, and accept the sentence as an accusation only when
 * that subject is an accused party. Quoted words are blanked first, because a quote is its speaker's
 * claim and is attributed (or not) as a quote. Everything is linear in the text's length.
 */
import { ACCUSATION_NOUN, CONTINUATION, DOCUMENT, DOUBT, PINNING, REPORT_VERB, SAY_VERB, SOURCE_NOUN, SKIPPABLE } from '../lexicon/hostility';
import { findAccusation, type Accused, type Unit } from './accusation';
import { spanIndexAt } from '../text/spans';
import type { EntityMention, Quote, Span, Structure } from '../types';

export type { Accused } from './accusation';

/** How a claim is attributed: in its own sentence, by the account it continues, or not at all. */
export type ClaimAttribution = 'inline' | 'context' | null;

/** A sentence that accuses someone of hostile activity. */
export interface Claim extends Span {
  /** Index of the sentence in `Structure.sentences`; the claim's span is that sentence. */
  sentence: number;
  /** Who is accused. */
  accused: Accused;
  /** The hostile verb ("hacked", "was behind"). */
  verb: Span;
  attribution: ClaimAttribution;
  /** The attribution cue ("according to", "said", "in a report"), when there is one. */
  cue?: Span;
}

/** The claims stage's results, shared with the rules. */
export interface ClaimAnalysis {
  claims: Claim[];
  /** The text with every quotation (marks included) replaced by spaces, offsets unchanged. */
  prose: string;
  /** Per sentence: the attribution cue outside quotes, or null. */
  cues: (Span | null)[];
}

/** Finds the claims of an article. Never throws on well-formed stage output. */
export function findClaims(text: string, structure: Structure, entities: EntityMention[], quotes: Quote[], unbalanced: Span[]): ClaimAnalysis {
  const masks = quotedSpans(structure, quotes, unbalanced);
  const prose = blank(text, masks);
  const mentions = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims: Claim[] = [];
  const cues: (Span | null)[] = [];
  let tokenIndex = 0;
  let mentionIndex = 0;
  let maskIndex = 0;
  // The account being told: how the previous sentence of the paragraph was attributed.
  let prevCue = false;
  let prevContext = false;
  let prevParagraph = -1;
  for (const [s, sentence] of structure.sentences.entries()) {
    while (tokenIndex < structure.tokens.length && structure.tokens[tokenIndex].start < sentence.start) tokenIndex++;
    while (mentionIndex < mentions.length && mentions[mentionIndex].end <= sentence.start) mentionIndex++;
    while (maskIndex < masks.length && masks[maskIndex].end <= sentence.start) maskIndex++;
    if (sentence.paragraph !== prevParagraph) {
      // A source carries over within a paragraph only: a new paragraph starts a new account.
      prevCue = prevContext = false;
      prevParagraph = sentence.paragraph;
    }
    if (structure.paragraphs[sentence.paragraph]?.kind !== 'body') {
      cues.push(null);
      continue;
    }
    const units = buildUnits(text, structure, tokenIndex, sentence, mentions, mentionIndex, masks, maskIndex);
    const cue = findCue(units, prose, sentence);
    cues.push(cue);
    // The previous sentence named a source, or continued an account whose source it carried and this
    // sentence continues it too ("It also ...").
    const opener = CONTINUATION.test(prose.slice(sentence.start, sentence.start + 40).trimStart());
    const carried: boolean = prevCue || (prevContext && opener);
    const found = questionOrDoubt(prose, sentence) ? null : findAccusation(units);
    // An anaphor ("the group", "it") names nobody: the accusation was made, or not, where the actor was named.
    if (found?.accused && !found.anaphor && !doubtBefore(prose, sentence.start, found.verb.start)) {
      const attribution: ClaimAttribution = cue ? 'inline' : carried ? 'context' : null;
      claims.push({ start: sentence.start, end: sentence.end, sentence: s, accused: found.accused, verb: found.verb, attribution, ...(cue ? { cue } : {}) });
    }
    prevContext = !cue && carried;
    prevCue = cue !== null;
  }
  return { claims, prose, cues };
}

/** Quotations and the text after an opening mark that is never closed. */
function quotedSpans(structure: Structure, quotes: Quote[], unbalanced: Span[]): Span[] {
  const spans: Span[] = [];
  for (const q of quotes) for (const part of q.parts ?? [q]) spans.push({ start: part.start, end: part.end });
  for (const open of unbalanced) {
    const p = structure.paragraphs[spanIndexAt(structure.paragraphs, open.start)];
    spans.push({ start: open.start, end: p ? p.end : open.end });
  }
  spans.sort((a, b) => a.start - b.start);
  // Merge overlaps so a linear sweep can use them.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function blank(text: string, masks: Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of masks) {
    const start = Math.max(at, Math.min(m.start, text.length));
    const end = Math.min(m.end, text.length);
    parts.push(text.slice(at, start), ' '.repeat(Math.max(0, end - start)));
    at = Math.max(at, end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The sentence as units: words, punctuation, whole entity mentions (with a possessive "'s" folded in),
 * and one unit for each run of quoted tokens.
 */
function buildUnits(
  text: string,
  structure: Structure,
  first: number,
  sentence: Span,
  mentions: EntityMention[],
  mi: number,
  masks: Span[],
  ki: number,
): Unit[] {
  const units: Unit[] = [];
  const tokens = structure.tokens;
  for (let t = first; t < tokens.length && tokens[t].start < sentence.end; t++) {
    const token = tokens[t];
    while (ki < masks.length && masks[ki].end <= token.start) ki++;
    if (ki < masks.length && masks[ki].start <= token.start) {
      const last = units[units.length - 1];
      if (last?.kind === 'quoted') last.end = token.end;
      else units.push({ start: token.start, end: token.end, text: '"', lower: '"', kind: 'quoted', possessive: false });
      continue;
    }
    while (mi < mentions.length && mentions[mi].end <= token.start) mi++;
    const m = mentions[mi];
    if (m && m.start < token.end && m.end > token.start) {
      let end = token.end;
      while (t + 1 < tokens.length && tokens[t + 1].start < m.end) end = tokens[++t].end;
      let rest = text.slice(m.end, end);
      if (!rest && /^['’]s?$/.test(tokens[t + 1]?.text ?? '') && tokens[t + 1].start === end && tokens[t + 1].end <= sentence.end) {
        end = tokens[++t].end;
        rest = text.slice(m.end, end);
      }
      units.push({
        start: Math.min(m.start, token.start),
        end,
        text: m.text,
        lower: m.text.toLowerCase(),
        kind: 'mention',
        mention: m,
        possessive: /^['’]s?$/.test(rest),
      });
      mi++;
      continue;
    }
    units.push({ start: token.start, end: token.end, text: token.text, lower: token.text.toLowerCase(), kind: token.kind, possessive: false });
  }
  return units;
}

/** The first attribution cue of a sentence outside its quotes, or null. */
function findCue(units: Unit[], prose: string, sentence: Span): Span | null {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'word') continue;
    if (SAY_VERB.has(u.lower)) {
      if (u.lower === 'according' && units[i + 1]?.lower !== 'to') continue;
      return { start: u.start, end: u.end };
    }
    if (REPORT_VERB.has(u.lower) && hasSourceBefore(units, i)) return { start: u.start, end: u.end };
    // "was attributed to APT28 by Microsoft": the agent after "by" is the source.
    if (PINNING.has(u.lower)) {
      for (let j = i + 1; j < units.length && j - i < 30; j++) {
        const agent = units[j + 1]?.mention;
        if (units[j].lower === 'by' && agent && agent.kind !== 'actor') return { start: units[j].start, end: units[j + 1].end };
      }
    }
  }
  const body = prose.slice(sentence.start, sentence.end);
  const noun = ACCUSATION_NOUN.exec(body);
  if (noun) return { start: sentence.start + noun.index, end: sentence.start + noun.index + noun[0].length };
  const match = DOCUMENT.exec(body);
  return match ? { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length } : null;
}

/** Whether a plausible source (an organization, a person, a pronoun, "researchers") precedes unit `i`. */
function hasSourceBefore(units: Unit[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && units[k].kind === 'word' && SKIPPABLE.has(units[k].lower)) k--;
  const u = units[k];
  if (!u) return false;
  if (u.mention) return u.mention.kind !== 'actor';
  if (u.kind !== 'word') return false;
  return SOURCE_NOUN.has(u.lower) || (/^\p{Lu}/u.test(u.text) && k > 0);
}

function questionOrDoubt(prose: string, sentence: Span): boolean {
  return /\?\W*$/.test(prose.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
}

/** Doubt or denial between the start of the sentence and the verb. */
function doubtBefore(prose: string, start: number, verb: number): boolean {
  return DOUBT.test(prose.slice(start, verb));
}
