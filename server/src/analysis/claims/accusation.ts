/**
 * The accusation inside one sentence: a hostile verb and the accused party that is its subject (or,
 * for a passive, its agent after "by"). This is a small shallow parser over the sentence's units; it
 * prefers missing an accusation to inventing one, because a false alarm costs an editor's trust.
 */
import {
  BE,
  GENERIC_VERB,
  GROUP_ONLY,
  HOSTILE_BASE,
  HOSTILE_PHRASAL,
  HOSTILE_ING,
  HOSTILE_OBJECT,
  HOSTILE_PAST,
  HOSTILE_PRESENT,
  ING_LEAD,
  MODAL,
  NEGATION,
  OBJECT_QUALIFIER,
  PINNING,
  QUALIFIED_OBJECT,
  SKIPPABLE,
  TRY_VERB,
  ACCESS_OBJECT,
  CYBER_NOUN,
} from '../lexicon/hostility';
import { type Accused, type Unit, DETERMINER, accusedAfter, accusedEndingAt } from './accused';
import type { Span } from '../types';

export type { Accused, Unit } from './accused';

/** What `findAccusation` found; `anaphor` means the subject is "it", "they" or "the group". */
export interface Accusation {
  accused: Accused | null;
  anaphor: boolean;
  verb: Span;
}

const NOUN_FOLLOWER = new Set([
  'on',
  'against',
  'in',
  'by',
  'of',
  'were',
  'are',
  'is',
  'was',
  'have',
  'has',
  'include',
  'included',
  'such',
  'and',
  'or',
  'that',
  'which',
  'from',
  'for',
  'to',
  'linked',
  'attributed',
]);

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
  // "broke into", "went after", "made off with": a phrasal verb with its particles.
  const phrasal = HOSTILE_PHRASAL.get(w)?.find((p) => p.particles.every((particle, n) => units[v + 1 + n]?.lower === particle));
  if (phrasal) kind = phrasal.kind;
  else if (HOSTILE_PAST.has(w)) kind = 'past';
  else if (HOSTILE_ING.has(w)) kind = 'ing';
  else if (HOSTILE_PRESENT.has(w)) kind = 'present';
  else if (HOSTILE_BASE.has(w)) kind = 'base';
  else if (w === 'behind' || (w === 'responsible' && units[v + 1]?.lower === 'for')) kind = 'be';
  else if (GENERIC_VERB.has(w) && (hostileObject(units, v) || agentFollows(units, v)))
    kind = w.endsWith('ing') ? 'ing' : w.endsWith('s') && w !== 'ran' ? 'present' : 'past';
  if (!kind) return null;
  // A participle followed by "by" names its agent: "emails stolen by Russian hackers".
  const by = phrasal ? v + 1 + phrasal.particles.length : units[v + 1]?.lower === 'out' ? v + 2 : v + 1;
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
    // "tried to hack", "have been trying to strike", "were able to penetrate": the subject is the
    // subject of the verb that leads in; "were able to" did what it says.
    // "went on to hack": the leading verb is "went".
    const goesOn = units[k - 1]?.lower === 'on' && /^(?:went|goes|go|gone|going)$/.test(units[k - 2]?.lower ?? '');
    const lead = units[k - 1]?.lower ?? '';
    if (units[k]?.lower === 'to' && (TRY_VERB.has(lead) || lead === 'able' || goesOn)) {
      const outer = walkLeft(units, goesOn ? k - 2 : k - 1);
      // A "be" before a progressive ("been trying") or "able" is no passive.
      if (!outer || (outer.be && !lead.endsWith('ing') && lead !== 'able')) return null;
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
  // policy or a noun compound far more often than an accusation; so is one that "went after" someone.
  const bareCountry = units[subject.first]?.mention?.kind === 'country' && subject.first === k;
  if (bareCountry && (kind === 'present' || phrasal?.cls === 'targeting' || GROUP_ONLY.has(w))) return null;
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
    if (subject && (subject.first === 0 || /^(?:,|that|and|but|when|after|while|because|since|as|then)$/.test(units[subject.first - 1].lower)))
      return { accused: subject.accused, anaphor: subject.anaphor, verb };
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
