/**
 * The accusation inside one sentence: a hostile verb and the accused party that is its subject (or,
 * for a passive, its agent after "by"). This is a small shallow parser over the sentence's units; it
 * prefers missing an accusation to inventing one, because a false alarm costs an editor's trust.
 */
import {
  ANAPHORIC, BE, GENERIC_VERB, GROUP_MODIFIER, GROUP_NOUN, HOSTILE_BASE, HOSTILE_ING, HOSTILE_OBJECT, HOSTILE_PAST,
  HOSTILE_PRESENT, ING_LEAD, INTEL_SERVICE, MODAL, NEGATION, OBJECT_QUALIFIER, PINNING, QUALIFIED_OBJECT, SKIPPABLE, TRY_VERB,
  ACCESS_OBJECT, CYBER_NOUN,
} from '../lexicon/hostility';
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

/** What `findAccusation` found; `anaphor` means the subject is "it", "they" or "the group". */
export interface Accusation {
  accused: Accused | null;
  anaphor: boolean;
  verb: Span;
}

const PREPOSITION = new Set([
  'by', 'of', 'to', 'on', 'against', 'from', 'for', 'with', 'about', 'at', 'into', 'toward', 'towards', 'over', 'than', 'like',
  'unlike', 'including', 'as', 'between', 'among', 'via', 'under', 'after', 'before', 'behind', 'amid', 'in', 'inside', 'within',
  'across', 'throughout', 'near', 'around', 'outside', 'along', 'beyond', 'upon', 'onto',
]);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'its', 'their', 'his', 'her', 'recent', 'latest']);
const NOUN_FOLLOWER = new Set(['on', 'against', 'in', 'by', 'of', 'were', 'are', 'is', 'was', 'have', 'has', 'include', 'included', 'such', 'and', 'or', 'that', 'which', 'from', 'for', 'to', 'linked', 'attributed']);

/** The first accusation of a sentence, or null. */
export function findAccusation(units: Unit[]): Accusation | null {
  for (let v = 0; v < units.length; v++) {
    const found = accusationAt(units, v);
    if (found) return found;
  }
  return null;
}

function accusationAt(units: Unit[], v: number): Accusation | null {
  const u = units[v];
  if (u.kind !== 'word' || isCompound(units, v)) return null;
  const w = u.lower;
  const verb = { start: u.start, end: u.end };
  if (PINNING.has(w)) return pinned(units, v, verb);
  let kind: 'past' | 'ing' | 'present' | 'base' | 'be' | null = null;
  if (HOSTILE_PAST.has(w)) kind = 'past';
  else if (HOSTILE_ING.has(w)) kind = 'ing';
  else if (HOSTILE_PRESENT.has(w)) kind = 'present';
  else if (HOSTILE_BASE.has(w)) kind = 'base';
  else if (w === 'behind' || (w === 'responsible' && units[v + 1]?.lower === 'for')) kind = 'be';
  else if (/^(?:broke|break|breaks|breaking|broken)$/.test(w) && units[v + 1]?.lower === 'into') kind = w === 'breaking' ? 'ing' : w === 'breaks' ? 'present' : 'past';
  else if (/^(?:knocked|took|shut)$/.test(w) && /^(?:out|offline|down)$/.test(units[v + 1]?.lower ?? '') && hostileSubjectOnly(units, v)) kind = 'past';
  else if (GENERIC_VERB.has(w) && (hostileObject(units, v) || agentFollows(units, v))) kind = w.endsWith('ing') ? 'ing' : w.endsWith('s') && w !== 'ran' ? 'present' : 'past';
  if (!kind) return null;
  // A participle followed by "by" names its agent: "emails stolen by Russian hackers".
  const by = units[v + 1]?.lower === 'out' ? v + 2 : v + 1;
  if ((kind === 'past' || kind === 'be') && units[by]?.lower === 'by' && !modalBefore(units, v)) {
    const agent = accusedAfter(units, by + 1);
    if (agent) return { accused: agent.accused, anaphor: agent.anaphor, verb };
  }
  const walk = walkLeft(units, v);
  if (!walk) return null;
  let { k } = walk;
  const { be } = walk;
  if (kind === 'past' && be) return null; // passive without an accused agent: a victim, not an accusation
  if (kind === 'ing' && !be) {
    // "began targeting", "spent years stealing": the subject is the subject of the leading verb.
    let lead = k;
    while (lead >= 0 && k - lead < 4 && !ING_LEAD.has(units[lead].lower)) lead--;
    if (lead < 0 || !ING_LEAD.has(units[lead].lower)) return null;
    const outer = walkLeft(units, lead);
    if (!outer || outer.be) return null;
    k = outer.k;
  } else if ((kind === 'ing' || kind === 'be') && !be) return null;
  if (kind === 'base') {
    // "tried to hack": the subject is the subject of "tried".
    if (units[k]?.lower === 'to' && TRY_VERB.has(units[k - 1]?.lower ?? '')) {
      const outer = walkLeft(units, k - 1);
      if (!outer || outer.be) return null;
      k = outer.k;
    }
  }
  if ((kind === 'present' || kind === 'base') && be) return null;
  if (kind === 'present' && (NOUN_FOLLOWER.has(units[v + 1]?.lower ?? '') || units[v + 1]?.kind === 'punct')) return null;
  // Step back over an appositive or a parenthesis to the subject it describes.
  if (units[k] && /^[,)—–]$/.test(units[k].text)) {
    const open = units[k].text === ')' ? '(' : units[k].text;
    let j = k - 1;
    while (j >= 0 && k - j < 16 && units[j].text !== open && units[j].text !== ';') j--;
    if (j < 0 || units[j].text !== open) return coordinated(units, k, verb);
    k = j - 1;
  }
  if (units[k] && /^(?:who|which|that)$/.test(units[k].lower)) {
    const who = units[k].lower === 'who';
    k--;
    if (units[k]?.text === ',') k--;
    // "members inside Ethiopia who carry out attacks": "who" refers to people, not to a country.
    if (who && units[k]?.mention?.kind === 'country' && !units[k].possessive) return null;
  }
  if (units[k] && /^(?:and|or)$/.test(units[k].lower)) return coordinated(units, k, verb);
  const subject = accusedEndingAt(units, k);
  if (!subject) return null;
  if ((kind === 'present' || kind === 'base') && DETERMINER.has(units[subject.first - 1]?.lower ?? '')) return null;
  // "Germany targets tax evaders", "Paris attacks test ...": a bare country with a present form is
  // policy or a noun compound far more often than an accusation.
  if (kind === 'present' && units[subject.first]?.mention?.kind === 'country' && subject.first === k) return null;
  if (kind === 'base' && !subject.plural) return null;
  return { accused: subject.accused, anaphor: subject.anaphor, verb };
}

/** Walks left from the verb over adverbs and auxiliaries; null when a modal or negation is met. */
function walkLeft(units: Unit[], v: number): { k: number; be: boolean; skipped: boolean } | null {
  let k = v - 1;
  let be = false;
  let skipped = false;
  // A verb group is short; the bound keeps pathological input ("also also also ...") linear.
  while (k >= 0 && units[k].kind === 'word' && v - k < 12) {
    const w = units[k].lower;
    if (MODAL.has(w) || NEGATION.has(w)) return null;
    if (BE.has(w)) be = true;
    else if (!SKIPPABLE.has(w) && !(w.length > 4 && w.endsWith('ly') && /^\p{Ll}/u.test(units[k].text))) break;
    skipped = true;
    k--;
  }
  return { k, be, skipped };
}

/** "APT28 sent phishing emails and stole passwords": find the subject of the first verb. */
function coordinated(units: Unit[], from: number, verb: Span): Accusation | null {
  for (let k = from - 1; k >= 0 && from - k < 30; k--) {
    if (units[k].text === ';' || units[k].text === ':' || units[k].kind === 'quoted') return null;
    // "ransomware that spread ... and disrupted hospitals": the relative pronoun is the subject.
    if (/^(?:that|which|who)$/.test(units[k].lower)) return null;
    const subject = accusedEndingAt(units, k);
    if (subject && (subject.first === 0 || /^(?:,|that|and|but|when|after|while|because|since|as|then)$/.test(units[subject.first - 1].lower))) return { accused: subject.accused, anaphor: subject.anaphor, verb };
  }
  return null;
}

/** "was attributed to APT28", "blamed on North Korea": an accusation without its accuser. */
function pinned(units: Unit[], v: number, verb: Span): Accusation | null {
  let j = v + 1;
  if (units[j]?.lower === 'back') j++;
  if (!/^(?:to|on)$/.test(units[j]?.lower ?? '')) return null;
  const walk = walkLeft(units, v);
  if (!walk || !walk.be) return null;
  const agent = accusedAfter(units, j + 1);
  return agent ? { accused: agent.accused, anaphor: agent.anaphor, verb } : null;
}

/** An accused party starting at unit `i` (after "by" or "to"): an actor, a country, a group. */
function accusedAfter(units: Unit[], i: number): Subject | null {
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

interface Subject {
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
function accusedEndingAt(units: Unit[], j: number, object = false): Subject | null {
  const u = units[j];
  if (!u) return null;
  let subject: Subject | null = null;
  if (u.mention && !u.possessive) {
    const m = u.mention;
    const intel = m.kind === 'organization' && (INTEL_SERVICE.test(m.text) || INTEL_SERVICE.test(m.name));
    // A demonym on its own is an adjective ("American manufacturing"), unless plural ("Russians").
    const adjective = m.form === 'demonym' && !/s$/.test(m.text);
    if (m.kind === 'actor' || (m.kind === 'country' && !adjective) || intel) subject = { accused: fromMention(m, u), anaphor: false, first: j, plural: m.form === 'demonym' };
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
function extendLeft(units: Unit[], first: number): number {
  while (first > 0 && (DETERMINER.has(units[first - 1].lower) || units[first - 1].possessive || /^(?:suspected|alleged|so-called)$/.test(units[first - 1].lower))) first--;
  return first;
}

/** Whether a noun phrase starting at `first` can be a subject: not right after a preposition or a verb. */
function subjectSlot(units: Unit[], first: number): boolean {
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

/** "knocked out", "took down": hostile only with an accused subject right before (checked by the caller). */
function hostileSubjectOnly(units: Unit[], v: number): boolean {
  return /^(?:service|power|systems?|networks?|servers?|websites?|sites?|the|phone|internet|electricity|communications)$/.test(units[v + 2]?.lower ?? '');
}

/** A word glued to a hyphen ("state-sponsored", "hacked-together") is part of a compound, not a verb. */
function isCompound(units: Unit[], v: number): boolean {
  const before = units[v - 1];
  const after = units[v + 1];
  return (before?.text === '-' && before.end === units[v].start) || (after?.text === '-' && after.start === units[v].end);
}

/** A modal shortly before the verb: "information that might have been inserted by Russian hackers". */
function modalBefore(units: Unit[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 10; k--) if (MODAL.has(units[k].lower)) return true;
  return false;
}

/** "carried out by Sandworm", "launched by APT28": a generic verb whose agent is accused. */
function agentFollows(units: Unit[], v: number): boolean {
  const by = units[v + 1]?.lower === 'out' ? v + 2 : v + 1;
  return units[by]?.lower === 'by' && accusedAfter(units, by + 1) !== null;
}

/** A hostile object within the next few words of a generic verb ("launched a phishing campaign"). */
function hostileObject(units: Unit[], v: number): boolean {
  let i = v + 1;
  const w = units[v].lower;
  if (/^carr/.test(w)) {
    if (units[i]?.lower !== 'out') return false;
    i++;
  }
  if (w === 'engaged' && units[i]?.lower !== 'in') return false;
  for (let j = i; j < units.length && j - i < 12; j++) {
    const u = units[j];
    if (u.kind === 'quoted' || u.text === ';' || u.text === ',') return false;
    if (u.kind === 'word' && HOSTILE_OBJECT.test(u.lower)) return true;
    if (u.kind === 'word' && QUALIFIED_OBJECT.test(u.lower) && OBJECT_QUALIFIER.test(units[j - 1]?.lower ?? '')) return true;
    if (u.kind === 'word' && ACCESS_OBJECT.test(u.lower)) {
      for (let k = j + 1; k < units.length && k - j < 7; k++) if (CYBER_NOUN.test(units[k].lower)) return true;
      return false;
    }
    if (u.kind === 'word' && /^(?:to|that|which|who)$/.test(u.lower)) return false;
  }
  return false;
}
