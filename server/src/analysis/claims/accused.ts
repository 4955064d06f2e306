/**
 * The accused party of an accusation: an actor, a country, an intelligence service or a group named
 * after one ("Russian state-sponsored hackers", "Sandworm operators", "hackers linked to China"), or
 * an anaphor ("it", "the group"), read over a sentence's units. accusation.ts finds the hostile verb
 * and asks here who stands in its subject or agent slot.
 */
import { ANAPHORIC, GENERIC_VERB, GROUP_MODIFIER, GROUP_NOUN, HOSTILE_PAST, INTEL_SERVICE } from '../lexicon/hostility';
import type { EntityMention, Span } from '../types';

/** One unit of a sentence: a word, a punctuation mark, a whole entity mention, or a run of quoted text. */
export interface Unit extends Span {
  text: string;
  lower: string;
  kind: 'word' | 'number' | 'punct' | 'quote' | 'space' | 'mention' | 'quoted';
  mention?: EntityMention;
  /** The mention is followed by a possessive 's ("Russia's"). */
  possessive: boolean;
}

/** The accused party as written; `id` is the entity id, or "" for a party named without one. */
export interface Accused extends Span {
  text: string;
  name: string;
  id: string;
}

export const PREPOSITION = new Set([
  'by',
  'of',
  'to',
  'on',
  'against',
  'from',
  'for',
  'with',
  'about',
  'at',
  'into',
  'toward',
  'towards',
  'over',
  'than',
  'like',
  'unlike',
  'including',
  'as',
  'between',
  'among',
  'via',
  'under',
  'after',
  'before',
  'behind',
  'amid',
  'in',
  'inside',
  'within',
  'across',
  'throughout',
  'near',
  'around',
  'outside',
  'along',
  'beyond',
  'upon',
  'onto',
]);
export const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'its', 'their', 'his', 'her', 'recent', 'latest']);
/** An accused party starting at unit `i` (after "by" or "to"): an actor, a country, a group. */
export function accusedAfter(units: Unit[], i: number): Subject | null {
  for (let j = i; j < units.length && j - i < 7; j++) {
    const subject = accusedEndingAt(units, j, true);
    if (subject) {
      // Prefer the whole group ("Russian military hackers") over its first word.
      let end = j + 1;
      while (end < units.length && end - j < 5 && (GROUP_MODIFIER.has(units[end].lower) || units[end].text === '-')) end++;
      const longer = GROUP_NOUN.has(units[end]?.lower ?? '') ? accusedEndingAt(units, end, true) : null;
      // A demonym alone names no one: "sponsored by the American Unity Fund".
      if (!longer && units[j].mention?.form === 'demonym') return null;
      return longer ?? subject;
    }
    const u = units[j];
    if (u.kind === 'punct' && u.text !== '-') return null;
    if (u.kind === 'word' && !GROUP_MODIFIER.has(u.lower) && !DETERMINER.has(u.lower)) return null;
  }
  return null;
}

export interface Subject {
  accused: Accused | null;
  anaphor: boolean;
  /** Index of the first unit of the accused noun phrase. */
  first: number;
  plural: boolean;
}

/**
 * The accused noun phrase ending at unit `j`, or null. Unless `object` is set (an agent after "by"),
 * the phrase must stand where a subject stands: not after a preposition or a verb.
 */
export function accusedEndingAt(units: Unit[], j: number, object = false): Subject | null {
  const u = units[j];
  if (!u) return null;
  let subject: Subject | null = null;
  if (u.mention && !u.possessive) {
    const m = u.mention;
    const intel = m.kind === 'organization' && (INTEL_SERVICE.test(m.text) || INTEL_SERVICE.test(m.name));
    // A demonym on its own is an adjective ("American manufacturing"), unless plural ("Russians").
    const adjective = m.form === 'demonym' && !/s$/.test(m.text);
    if (m.kind === 'actor' || (m.kind === 'country' && !adjective) || intel)
      subject = { accused: fromMention(m, u), anaphor: false, first: j, plural: m.form === 'demonym' };
  } else if (u.kind === 'word' && INTEL_SERVICE.test(u.text)) {
    subject = { accused: { start: u.start, end: u.end, text: u.text, name: u.text, id: '' }, anaphor: false, first: j, plural: false };
  } else if (u.kind === 'word' && GROUP_NOUN.has(u.lower)) {
    subject = groupPhrase(units, j);
  } else if (u.kind === 'word' && /^(?:it|they)$/.test(u.lower)) {
    subject = { accused: null, anaphor: true, first: j, plural: u.lower === 'they' };
  } else if (u.kind === 'number' && /^unit$/i.test(units[j - 1]?.text ?? '')) {
    const start = units[j - 1].start;
    subject = { accused: { start, end: u.end, text: `Unit ${u.text}`, name: `Unit ${u.text}`, id: '' }, anaphor: false, first: j - 1, plural: false };
  }
  if (!subject) return null;
  let first = extendLeft(units, subject.first);
  // "hackers linked to China": the accused is named inside the subject's own modifier.
  if (!object && /^(?:to|for|with|by)$/.test(units[first - 1]?.lower ?? '') && LINKING.test(units[first - 2]?.lower ?? '')) {
    let head = first - 3;
    while (head >= 0 && first - head < 8 && units[head].text === ',') head--;
    if (head >= 0 && GROUP_NOUN.has(units[head].lower)) {
      let start = head;
      while (start > 0 && head - start < 5 && (GROUP_MODIFIER.has(units[start - 1].lower) || units[start - 1].text === '-')) start--;
      start = extendLeft(units, start);
      return subjectSlot(units, start) ? { ...subject, first: start } : null;
    }
  }
  if (!object && !subjectSlot(units, first)) return null;
  return { ...subject, first };
}

/** Participles that attach a group to its sponsor ("hackers linked to China", "working for the GRU"). */
const LINKING = /^(?:linked|tied|affiliated|associated|connected|backed|sponsored|working|employed|acting|aligned|loyal|believed)$/;

/** Extends a noun phrase left over determiners, possessives and hedges ("the suspected Russian ..."). */
export function extendLeft(units: Unit[], first: number): number {
  while (
    first > 0 &&
    (DETERMINER.has(units[first - 1].lower) || units[first - 1].possessive || /^(?:suspected|alleged|so-called)$/.test(units[first - 1].lower))
  )
    first--;
  return first;
}

/** Whether a noun phrase starting at `first` can be a subject: not right after a preposition or a verb. */
export function subjectSlot(units: Unit[], first: number): boolean {
  const before = units[first - 1];
  if (!before || before.kind !== 'word') return true;
  return !(PREPOSITION.has(before.lower) || HOSTILE_PAST.has(before.lower) || GENERIC_VERB.has(before.lower) || /ed$/.test(before.lower));
}

/** "Russian state-sponsored hackers", "Sandworm operators", "the group" (an anaphor). */
function groupPhrase(units: Unit[], j: number): Subject | null {
  const plural = units[j].lower.endsWith('s');
  for (let k = j - 1; k >= 0 && j - k <= 6; k--) {
    const u = units[k];
    if (u.mention) {
      const m = u.mention;
      const tied = m.kind === 'actor' || m.kind === 'country';
      const intel = m.kind === 'organization' && INTEL_SERVICE.test(m.text);
      if (!tied && !intel) return null;
      const accused = fromMention(m, u);
      return { accused: { ...accused, end: units[j].end, text: accused.text }, anaphor: false, first: k, plural };
    }
    // Modifiers: group words, hyphens and acronyms ("North Korean IT workers").
    if (u.text === '-' || (u.kind === 'word' && (GROUP_MODIFIER.has(u.lower) || GROUP_NOUN.has(u.lower) || /^\p{Lu}{2,4}$/u.test(u.text)))) continue;
    break;
  }
  const phrase = `${units[j - 1]?.lower ?? ''} ${units[j].lower}`;
  if (ANAPHORIC.test(phrase)) return { accused: null, anaphor: true, first: j - 1, plural };
  return null;
}

function fromMention(m: EntityMention, u: Unit): Accused {
  return { start: u.start, end: u.end, text: m.text, name: m.name, id: m.id };
}
