import type { EntityMention, FixData, Span } from '../types';
import type { RawFinding, Rule, RuleContext } from './rule';
import { spanIndexAt } from '../text/spans';
import {
  ANONYMITY,
  ANONYMOUS_LEAD,
  APPOSITIVE_BEFORE,
  HEAD,
  HEDGE,
  INSTITUTION,
  IT_PASSIVE,
  LOCAL_BODY,
  NAMED_HEAD_AFTER,
  PERSONAL_PASSIVE,
  REASON,
  RELATIONAL,
  ROLE_AFTER,
  ROLE_NEEDS_QUANTIFIER,
  SAID_NEAR,
  UNNAMED_REPORT,
  VAGUE_MODIFIER,
} from '../lexicon/sourcing';
import { accordingToEdit } from './util';

/**
 * Vague or anonymous sourcing: "sources say", "people familiar with the matter", "U.S. officials said",
 * "it is believed", "reportedly", and anonymity granted without a reason. Everything is read on the
 * text with quotations blanked out: words inside a quote are the speaker's, not the reporter's.
 */
export const vagueSource: Rule = {
  code: 'vague-source',
  defaultSeverity: 'information',
  description: "Vague or anonymous sourcing such as 'sources say' or 'experts believe'.",
  rationale:
    'Readers cannot weigh a claim whose source they cannot identify; wire-service style asks for a name, or at least an agency and a reason for anonymity.',
  check: (context) => {
    const findings: RawFinding[] = [];
    const { structure } = context;
    const mentions = [...context.entities].sort((a, b) => a.start - b.start);
    let first = 0;
    for (const sentence of structure.sentences) {
      while (first < mentions.length && mentions[first].start < sentence.start) first++;
      if (structure.paragraphs[sentence.paragraph]?.kind !== 'body') continue;
      let end = first;
      while (end < mentions.length && mentions[end].start < sentence.end) end++;
      findings.push(...inSentence(context, sentence, mentions.slice(first, end)));
    }
    return findings;
  },
};

function inSentence(context: RuleContext, sentence: Span, mentions: EntityMention[]): RawFinding[] {
  const { text } = context;
  const prose = context.claims.prose;
  const body = prose.slice(sentence.start, sentence.end);
  const out: RawFinding[] = [];
  const at = (index: number) => sentence.start + index;
  const mentionAt = (offset: number) => mentionContaining(mentions, offset);
  const mentionsIn = mentions.filter((m) => prose[m.start] !== ' ');

  // Anonymity with or without a reason; a reason makes anonymous sourcing acceptable for the sentence.
  let justified = false;
  const unexplained: Span[] = [];
  for (const match of body.matchAll(ANONYMITY)) {
    const after = body.slice(match.index + match[0].length, match.index + match[0].length + 160);
    if (REASON.test(after)) justified = true;
    else unexplained.push({ start: at(match.index), end: at(match.index + match[0].length) });
  }
  const heads: RawFinding[] = [];
  for (const match of justified ? [] : body.matchAll(HEAD)) {
    const head = { start: at(match.index), end: at(match.index + match[0].length) };
    const vague = vagueHead(text, prose, sentence, head, mentionAt, mentions);
    if (vague) heads.push(vague);
  }
  out.push(...heads);
  // An unexplained grant of anonymity is reported on its own only when no vague source phrase already is.
  for (const span of heads.length ? [] : unexplained) {
    // "a person who declined to be named": the finding starts at the person.
    const lead = ANONYMOUS_LEAD.exec(prose.slice(Math.max(sentence.start, span.start - 80), span.start));
    if (lead) span.start -= lead[0].length;
    out.push(
      finding(span.start, span.end, 'Anonymity is granted here without a reason: say why the source could not be named.', {
        fixes: [{ title: 'Give the reason for anonymity', edits: [{ start: span.end, end: span.end, newText: ' because [REASON]' }] }],
      }),
    );
  }
  if (heads.length && unexplained.length) {
    const end = unexplained[0].end;
    heads[0].data?.fixes?.push({ title: 'Give the reason for anonymity', edits: [{ start: end, end, newText: ' because [REASON]' }] });
  }

  for (const match of body.matchAll(IT_PASSIVE)) {
    const start = at(match.index);
    const end = start + match[0].length;
    out.push(
      finding(start, end, `"${text.slice(start, end)}" hides who reports or believes this: name the source.`, {
        fixes: [{ title: 'Name the source', edits: [{ start, end, newText: `[NAME OF SOURCE] ${PRESENT[match[1].toLowerCase()] ?? 'says'}` }] }],
      }),
    );
  }
  for (const match of body.matchAll(UNNAMED_REPORT)) {
    const start = at(match.index);
    out.push(
      finding(start, start + match[0].length, 'Whose report? Name who wrote or published it.', {
        fixes: [{ title: "Name the report's author", edits: [{ start: start + match[0].length, end: start + match[0].length, newText: ' by [SOURCE]' }] }],
      }),
    );
  }
  // Hedges are fine when the sentence names whose allegation or belief it is.
  let cached: boolean | undefined;
  const named = () => (cached ??= namedSource(prose, sentence, mentionsIn));
  for (const match of body.matchAll(PERSONAL_PASSIVE)) {
    if (named()) break;
    // ", believed to be ..." starts after the comma.
    const skip = /^,\s*/.exec(match[0])?.[0].length ?? 0;
    const start = at(match.index + skip);
    const phrase = match[0].slice(skip);
    out.push(
      finding(start, start + phrase.length, `"${phrase}" does not say who believes this: name the source.`, {
        fixes: [{ title: 'Add a source: ", according to [SOURCE]"', edits: [accordingToEdit(text, sentence)] }],
      }),
    );
  }
  for (const match of body.matchAll(HEDGE)) {
    if (named()) break;
    const start = at(match.index);
    const end = start + match[0].length;
    const cut = text[end] === ' ' ? end + 1 : end;
    out.push(
      finding(start, end, `"${match[0]}" by whom? Name the source of the report or allegation.`, {
        fixes: [{ title: `Replace "${match[0]}" with ", according to [SOURCE]"`, edits: [{ start, end: cut, newText: '' }, accordingToEdit(text, sentence)] }],
      }),
    );
  }
  return out;
}

/** A vague source headed by `head` ("officials"), or null when it is named or not a source. */
function vagueHead(
  text: string,
  prose: string,
  sentence: Span,
  head: Span,
  mentionAt: (o: number) => EntityMention | undefined,
  mentions: EntityMention[],
): RawFinding | null {
  const headWord = text.slice(head.start, head.end);
  // Walk back over modifiers ("two senior U.S. officials").
  let start = head.start;
  let quantified = false;
  const before = prose.slice(Math.max(sentence.start, head.start - 80), head.start);
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu)];
  let according = false;
  let saidBefore = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const offset = head.start - before.length + w.index;
    const gap = prose.slice(offset + w[0].length, start);
    if (/[^\s-]/.test(gap)) break;
    const lower = w[0].toLowerCase().replace(/['’]s$/, '');
    if (lower === 'to' && i > 0 && words[i - 1][0].toLowerCase() === 'according') {
      according = true;
      start = head.start - before.length + words[i - 1].index;
      break;
    }
    if (/^(?:citing|cited)$/.test(lower)) {
      according = true;
      break;
    }
    const m = mentionAt(offset);
    if (m && (m.kind !== 'country' || INSTITUTION.test(m.text))) return null; // "CISA officials", "White House officials"
    // "City officials", "hospital officials": the body the story is about speaks.
    if (LOCAL_BODY.test(lower)) return null;
    if (m || VAGUE_MODIFIER.has(lower) || /^\d+$/.test(lower)) {
      if (/^(?:a|an|one|two|three|four|five|six|several|multiple|some|many|numerous|\d+)$/.test(lower)) quantified = true;
      start = m ? Math.min(m.start, offset) : offset;
      continue;
    }
    if (/^(?:the|these|those|such|both|its|their|his|her|our)$/.test(lower)) return null; // refers back to a source named earlier
    if (/^(?:of|among|between)$/.test(lower)) return null; // part of a larger phrase: "a panel of experts"
    if (/^(?:to|with|from|for|about|against|on|by|at|into|than|like)$/.test(lower)) return null; // an object: "sent to people close to the campaign"
    if (/^(?:said|says|added|explained|noted|warned|wrote|confirmed)$/.test(lower)) saidBefore = true; // "..., said a spokesperson."
    const sentenceInitial = offset === sentence.start;
    if (/^\p{Lu}/u.test(w[0]) && !sentenceInitial && !/^administration$/i.test(words[i + 1]?.[0] ?? '')) return null; // an agency: "Pentagon officials"
    break;
  }
  // "Jane Roe, an economist and tax expert, told ...": the head describes a named person.
  if (APPOSITIVE_BEFORE.test(prose.slice(Math.max(sentence.start, start - 100), start))) return null;
  const after = prose.slice(head.end, Math.min(sentence.end, head.end + 90));
  const attached = NAMED_HEAD_AFTER.exec(after);
  if (attached) {
    const m = mentionAt(head.end + attached[0].length);
    if (!m || m.kind !== 'country' || INSTITUTION.test(m.text)) return null; // "officials at CISA", "experts from Mandiant"
  }
  if (/^\s+\p{Lu}/u.test(after) || /^\s*,?\s+(?:including|such\s+as|led\s+by)\b/iu.test(after)) return null; // "analyst Jane Roe", "officials, including ..."
  if (/^reports$/i.test(headWord) && !according && !/^\s+(?:say|said|suggest|suggested|indicate|indicated|claim|claimed)\b/iu.test(after)) return null;
  const role = ROLE_AFTER.exec(after);
  // "..., said a spokesperson." is an inverted tag; "said officials had left" is not.
  const inverted = saidBefore && /^\s*(?:[,.;:!?]|$)/.test(after);
  if (!role && !according && !inverted) return null;
  if (role && !according && !inverted && ROLE_NEEDS_QUANTIFIER.test(headWord) && !quantified && !RELATIONAL.test(role[0])) return null;
  // "people close to the minister" is a source only when they say something: "..., people close to
  // the minister said", "according to people familiar with ...".
  if (role && RELATIONAL.test(role[0]) && !according && !inverted) {
    const rest = prose.slice(head.end + role[0].length, Math.min(sentence.end, head.end + role[0].length + 80));
    if (!/^[^.;]*?\b(?:said|say|says|told|tell|tells|confirmed|added|believe|believes|described|indicated|suggested|warned|expect|expects)\b/iu.test(rest))
      return null;
  }
  const end = role ? head.end + role[0].length : head.end;
  // "researchers said in a report by Mandiant": the source is named after all.
  const rest = Math.min(sentence.end, end + 80);
  for (let i = firstStartingAt(mentions, end); i < mentions.length && mentions[i].start <= rest; i++) {
    const m = mentions[i];
    if (m.kind !== 'organization' && m.kind !== 'person') continue;
    if (/\b(?:by|from|at|of|with|for)\s+(?:the\s+)?$/i.test(prose.slice(Math.max(end, m.start - 16), m.start))) return null;
  }
  const phrase = text.slice(start, end).replace(/\s+/g, ' ');
  const sayVerb = role && /\b(?:said|say|says)$/i.test(role[0]);
  const fixes: FixData['fixes'] = [
    sayVerb
      ? {
          title: 'Name the source: "[NAME OF SOURCE] said"',
          edits: [{ start: according ? head.start - (head.start - start) : start, end, newText: '[NAME OF SOURCE] said' }],
        }
      : { title: 'Name the source', edits: [{ start: according ? head.start : start, end: head.end, newText: '[NAME OF SOURCE]' }] },
  ];
  if (/^officials?$/i.test(headWord))
    fixes.push({ title: 'Name the agency: "at [AGENCY]"', edits: [{ start: head.end, end: head.end, newText: ' at [AGENCY]' }] });
  return finding(start, end, `Vague source: "${phrase}". Name the person or at least the agency, and why they could not be named.`, { fixes });
}

/** Whether the sentence names a source (an organization or person that says, or "according to the indictment"). */
function namedSource(prose: string, sentence: Span, mentions: EntityMention[]): boolean {
  const body = prose.slice(sentence.start, sentence.end);
  if (
    /\baccording\s+to\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:indictment|complaint|documents?|affidavit|filing|statement|advisory|report|analysis|charges|lawsuit)\b/iu.test(
      body,
    )
  )
    return true;
  for (const m of mentions) {
    if (m.kind !== 'organization' && m.kind !== 'person') continue;
    if (SAID_NEAR.test(prose.slice(m.end, Math.min(sentence.end, m.end + 60)))) return true;
    if (/\b(?:according\s+to(?:\s+the)?|said|says|told)\s*$/iu.test(prose.slice(Math.max(sentence.start, m.start - 25), m.start))) return true;
  }
  // A name the entity stage does not know ("the SBU security service said"): a capitalized word, not
  // the first of the sentence and not a country, shortly before a reporting verb.
  let checked = 0;
  for (const say of body.matchAll(
    /\b(?:said|says|told|alleged|alleges|charged|indicted|accused|stated|announced|reported|reports|found|concluded|wrote)\b/giu,
  )) {
    if (++checked > 20) break; // a boolean per sentence: a few verbs decide it, even in a 2 MB "sentence"
    const before = body.slice(Math.max(0, say.index - 50), say.index);
    for (const w of before.matchAll(/\p{Lu}[\p{L}\p{N}&.-]*/gu)) {
      const offset = sentence.start + Math.max(0, say.index - 50) + w.index;
      if (offset === sentence.start || /[.;]/.test(body.slice(offset - sentence.start + w[0].length, say.index))) continue;
      if (mentionContaining(mentions, offset)?.kind !== 'country') return true;
    }
  }
  return false;
}

/** Index of the first mention starting at or after `offset` in a list sorted by start. */
function firstStartingAt(mentions: EntityMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention containing `offset` in a list of disjoint mentions sorted by start. */
function mentionContaining(mentions: EntityMention[], offset: number): EntityMention | undefined {
  return mentions[spanIndexAt(mentions, offset)];
}

const PRESENT: Record<string, string> = {
  reported: 'reported',
  believed: 'believes',
  understood: 'understands',
  thought: 'thinks',
  alleged: 'alleges',
  said: 'says',
  claimed: 'claims',
  suspected: 'suspects',
  feared: 'fears',
  rumored: 'says',
  rumoured: 'says',
};

function finding(start: number, end: number, message: string, data: FixData): RawFinding {
  return { start, end, message, data };
}
