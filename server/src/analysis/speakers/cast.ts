/**
 * Everyone the article names, gathered before it is read in order, and the pronoun each person
 * takes. The reading in order (discourse.ts) resolves a mention by looking back from it; what it looks
 * back over is indexed here once: the entity stage's people and organizations, full names with a
 * common given name, people named with an honorific, and names beside a gendered role noun ("Dana
 * Ruiz, a spokeswoman"). Keeping this apart from the reading keeps each look-back a bounded scan.
 */
import { pronounOfGivenName } from '../lexicon/given-names';
import { slugify } from '../text/ids';
import { firstEndingAfter, lastStartingBefore } from '../text/spans';
import type { EntityMention, Person, Span, Structure } from '../types';

/** A resolved speaker. */
export interface Referent {
  id: string;
  name: string;
  kind: 'person' | 'organization';
  /** Set when another person fits the mention as well: a reader would say "probably". */
  confidence?: 'low';
}

/** A referent met at a place in the text, for later mentions to refer back to. */
export interface Note extends Referent {
  /** Where the referent is met: the start of its mention. */
  start: number;
  paragraph: number;
  /** The subject of a clause reported by an earlier speaker in its sentence ("X said the FBI warned"). */
  embedded?: boolean;
  /** The referent speaks here: a quote's attribution or reported speech ("X said that ..."). */
  speaks?: boolean;
}

/** A mention of a person the entity stage found. */
interface PersonMention extends Span {
  person: Person;
}

/** How many earlier notes a look-back considers. */
const RECENT_NOTES = 40;

/** The last note starting before `offset` that passes `fits`, looking at no more than RECENT_NOTES. */
export function latest(list: readonly Note[], offset: number, fits: (n: Note) => boolean): Note | null {
  let i = lastStartingBefore(list, offset);
  for (let seen = 0; i >= 0 && seen < RECENT_NOTES; i--, seen++) if (fits(list[i])) return list[i];
  return null;
}

/** The people and organizations an article names, where it names them, and their pronouns. */
export class Cast {
  /** Entity-stage mentions of people and organizations, in text order (less salient than speakers). */
  readonly mentions: Note[] = [];
  /** Full names with a known given name, wherever they stand, in text order. */
  readonly named: Note[] = [];
  /** People named with an honorific ("Mrs. Okafor"), in text order. */
  readonly titled: Note[] = [];
  /** Last word of each full name met (lowercase) -> that person; the reading adds the names it meets. */
  readonly surnames = new Map<string, Referent>();
  /** A person's pronoun known from a title (Mr., Ms.) or a given name (Elizabeth, John). */
  private readonly known = new Map<string, 'he' | 'she'>();
  /** Otherwise, votes from the pronouns resolved to them so far (he +1, she -1). */
  private readonly votes = new Map<string, number>();
  private readonly entities: EntityMention[];
  private readonly people: PersonMention[];

  constructor(
    text: string,
    private readonly structure: Structure,
    entities: EntityMention[],
    people: Person[],
    /** Quotations, in text order: the names inside one are the speaker's words, no antecedents outside it. */
    private readonly quotes: readonly Span[] = [],
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
    this.people = people.flatMap((person) => person.mentions.map((span) => ({ ...span, person }))).sort((a, b) => a.start - b.start);
    for (const p of people) {
      const last = p.name.split(/\s+/).pop()?.toLowerCase();
      if (last && p.name.includes(' ')) this.surnames.set(last, { id: p.id, name: p.name, kind: 'person' });
      this.learnGivenName(p.id, p.name);
    }
    // The author credited in a byline writes the article; "I" refers to them, but "he" or "she" in the
    // story never does, so byline mentions are no antecedents.
    const credit = (offset: number) => structure.paragraphs[this.paragraphAt(offset)]?.kind === 'byline';
    for (const { start, person } of this.people) {
      if (!credit(start)) this.mentions.push({ id: person.id, name: person.name, kind: 'person', start, paragraph: this.paragraphAt(start) });
    }
    for (const e of this.entities) {
      if ((e.kind === 'person' || e.kind === 'organization') && !credit(e.start)) {
        this.mentions.push({ id: e.id, name: e.name, kind: e.kind, start: e.start, paragraph: this.paragraphAt(e.start) });
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    // Full names anywhere in the text whose first word is a common given name ("John Stumpf"), so a
    // bare surname and its pronoun resolve even when the entity stage found nobody.
    for (const m of text.matchAll(/(?<![\p{L}.])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu)) {
      if (!pronounOfGivenName(m[1]) || credit(m.index)) continue;
      const name = m[0].replace(/\s+/g, ' ');
      const id = `person:${slugify(name)}`;
      this.learnGivenName(id, name);
      this.named.push({ id, name, kind: 'person', start: m.index, paragraph: -1 });
    }
    this.learnRoles(text);
    // "Mrs. Okafor": an honorific names a person and their pronoun even where no stage found them.
    for (const m of text.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu)) {
      const last = m[2].toLowerCase();
      const earlier = latest(this.named, m.index, (n) => n.name.toLowerCase().endsWith(` ${last}`));
      const id = earlier?.id ?? this.surnames.get(last)?.id ?? `person:${slugify(m[2])}`;
      this.known.set(id, m[1] === 'Mr' ? 'he' : 'she');
      this.titled.push({ id, name: earlier?.name ?? m[2], kind: 'person', start: m.index, paragraph: this.paragraphAt(m.index) });
    }
    for (const n of this.named) n.paragraph = this.paragraphAt(n.start);
    for (const { start, person } of this.people) this.learnTitle(person.id, text.slice(Math.max(0, start - 6), start));
  }

  /**
   * Learns pronouns from gendered role nouns next to a full name: "Kwame Mensah, a spokesman for
   * the union", "spokeswoman Dana Ruiz".
   */
  private learnRoles(text: string): void {
    const name = String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’]+){1,2})`;
    const role = String.raw`((?:spokes|chair|congress|council|business|assembly|police|news|sales)?(?:wo)?man|widow|wife|husband|mother|father|daughter|son|sister|brother)`;
    const after = new RegExp(String.raw`(?<![\p{L}.])${name},\s+(?:an?|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?${role}(?![\p{L}])`, 'gu');
    const before = new RegExp(String.raw`(?<![\p{L}])${role}\s+${name}(?![\p{L}])`, 'giu');
    const learn = (written: string, noun: string, offset: number) => {
      const female = /woman|widow|wife|mother|daughter|sister/i.test(noun);
      const person = this.people.find((p) => p.start <= offset && offset < p.end)?.person;
      const id = person?.id ?? `person:${slugify(written)}`;
      if (!this.known.has(id)) this.known.set(id, female ? 'she' : 'he');
      this.named.push({ id, name: person?.name ?? written, kind: 'person', start: offset, paragraph: -1 });
    };
    for (const m of text.matchAll(after)) learn(m[1], m[2], m.index);
    for (const m of text.matchAll(before)) if (/^\p{Lu}/u.test(m[2])) learn(m[2], m[1], m.index + m[0].length - m[2].length);
    this.named.sort((a, b) => a.start - b.start);
  }

  /** The pronoun a person takes, as far as the article tells: he, she, or null. */
  genderOf(id: string): 'he' | 'she' | null {
    const known = this.known.get(id);
    if (known) return known;
    const votes = this.votes.get(id) ?? 0;
    return votes > 0 ? 'he' : votes < 0 ? 'she' : null;
  }

  /** Counts a "he" or "she" resolved to a person, for when nothing else tells their pronoun. */
  vote(id: string, pronoun: 'he' | 'she'): void {
    this.votes.set(id, (this.votes.get(id) ?? 0) + (pronoun === 'he' ? 1 : -1));
  }

  /** Learns a person's pronoun from the first given name of a full name ("Elizabeth Warren"). */
  learnGivenName(id: string, name: string): void {
    const given = name.split(/\s+/).find((w) => !/^(\p{Lu}\.?|Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(w));
    const pronoun = given && given !== name ? pronounOfGivenName(given) : null;
    if (pronoun && !this.known.has(id)) this.known.set(id, pronoun);
  }

  /** Learns a person's pronoun from an honorific just before a mention ("Ms. Roe"). */
  learnTitle(id: string, before: string): void {
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(before);
    if (title) this.known.set(id, title[1] === 'Mr' ? 'he' : 'she');
  }

  /** Entity mentions that lie inside [start, end). */
  entitiesIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    let i = lastStartingBefore(this.entities, end);
    for (let seen = 0; i >= 0 && seen < 8 && this.entities[i].end > start; i--, seen++)
      if (this.entities[i].start >= start && this.entities[i].end <= end) out.push(this.entities[i]);
    return out.reverse();
  }

  /** An entity mention overlapping `span`, the latest of the few that start before its end. */
  entityAt(span: Span): EntityMention | null {
    const list = this.entities;
    let i = lastStartingBefore(list, span.end);
    for (let seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const e = list[i];
      if (e.start < span.end && span.start < e.end) return e;
    }
    return null;
  }

  /** The entity stage's person mentioned over `span`, looking at the few mentions before its end. */
  personAt(span: Span): Person | null {
    for (let i = lastStartingBefore(this.people, span.end), seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const p = this.people[i];
      if (p.start < span.end && span.start < p.end) return p.person;
    }
    return null;
  }

  /** Index of the paragraph containing `offset`, else of the next one. */
  paragraphAt(offset: number): number {
    return firstEndingAfter(this.structure.paragraphs, offset);
  }

  /**
   * The person the article gave a title or role noun to ("President Obama", "Jim Clyburn, the
   * senator") who was mentioned last before `offset`, for "the president said". Low confidence when
   * two people hold it.
   */
  holderOf(word: string, offset: number): Referent | null {
    const holders = this.roleHolders().get(word);
    if (!holders) return null;
    const mention = latest(this.mentions, offset, (n) => holders.has(n.id) && !this.inQuote(n.start));
    if (!mention) return null;
    const referent: Referent = { id: mention.id, name: mention.name, kind: 'person' };
    if (holders.size > 1) referent.confidence = 'low';
    return referent;
  }

  /** Where the person `id` was last mentioned before `offset`, or -1. */
  lastMentionOf(id: string, offset: number): number {
    return latest(this.mentions, offset, (n) => n.id === id)?.start ?? -1;
  }

  private holders?: Map<string, Set<string>>;

  /** Each word of a person's role or title (lowercase) -> the ids of the people it describes. */
  private roleHolders(): Map<string, Set<string>> {
    if (this.holders) return this.holders;
    const holders = new Map<string, Set<string>>();
    for (const { person } of this.people) {
      for (const word of (person.role ?? '').toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
        if (!holders.has(word)) holders.set(word, new Set());
        holders.get(word)!.add(person.id);
      }
    }
    this.holders = holders;
    return holders;
  }

  /** Whether `offset` lies inside a quotation (its marks included). */
  inQuote(offset: number): boolean {
    const i = lastStartingBefore(this.quotes, offset + 1);
    return i >= 0 && offset < this.quotes[i].end;
  }
}

/** The latest of some notes by offset (the first listed on a tie). */
export function latestOfAll(notes: (Note | null)[]): Note | null {
  let best: Note | null = null;
  for (const n of notes) if (n && (!best || n.start > best.start)) best = n;
  return best;
}

/** The quotations that no other contains, in text order: disjoint spans for "is this inside a quote". */
export function outermost(quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const q of [...quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) last.end = Math.max(last.end, q.end);
    else out.push({ start: q.start, end: q.end });
  }
  return out;
}
