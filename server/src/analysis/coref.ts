/**
 * Who a speaker mention refers to. Names resolve through the entity stage's people and entities when
 * it found them, else through the article's own full names ("Warren" after "Elizabeth Warren");
 * pronouns resolve to the most salient earlier person or organization; nominals ("the company", "a
 * spokesman for the FBI") to the organization they name or the last one of that kind.
 *
 * The article is read once in order: every attribution and sentence subject is noted as it is met,
 * and a pronoun looks back over a bounded number of those notes.
 */
import { sentenceIndex } from './attribution';
import { pronounOfGivenName } from './givenNames';
import { headKind, nameKind } from './nominals';
import type { Mention } from './mentions';
import type { EntityMention, Person, Span, Structure } from './types';

/** A resolved speaker. */
export interface Referent {
  id: string;
  name: string;
  kind: 'person' | 'organization';
}

interface Note extends Referent {
  offset: number;
  paragraph: number;
  /** The subject of a clause reported by an earlier speaker in its sentence ("X said the FBI warned"). */
  embedded?: boolean;
}

/** How many earlier notes a pronoun considers, and how many paragraphs back. */
const RECENT_NOTES = 40;
const RECENT_PARAGRAPHS = 3;

/** Heads of phrases for someone who speaks for an organization, which stands as the speaker. */
const SPOKES = /^(spokes(man|woman|person|men|women|people)|representatives?|press office)$/;

/** Organizations a head noun names even though their name does not hold it ("the bureau" -> FBI). */
const HEAD_ALIASES: Record<string, string[]> = {
  bureau: ['org:fbi'],
  agency: ['org:cia', 'org:nsa', 'org:cisa', 'org:epa', 'org:nasa', 'org:dea'],
};

/** The slug of a name as ids use it: lowercase letters and digits, other runs become "-". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export class Discourse {
  /** Attributions and sentence subjects, in text order. */
  private readonly notes: Note[] = [];
  /** Entity-stage mentions of people and organizations, in text order (less salient than notes). */
  private readonly mentions: Note[] = [];
  /** Full names with a known given name, wherever they stand, in text order. */
  private readonly named: Note[] = [];
  /** People named with an honorific ("Mrs. Okafor"), in text order. */
  private readonly titled: Note[] = [];
  /** Last word of each full name met (lowercase) -> that person. */
  private readonly surnames = new Map<string, Referent>();
  /** A person's pronoun known from a title (Mr., Ms.) or a given name (Elizabeth, John). */
  private readonly known = new Map<string, 'he' | 'she'>();
  /** Otherwise, votes from the pronouns resolved to them so far (he +1, she -1). */
  private readonly votes = new Map<string, number>();
  private readonly entities: EntityMention[];
  private readonly people: { span: Span; person: Person }[];

  constructor(
    private readonly text: string,
    private readonly structure: Structure,
    entities: EntityMention[],
    people: Person[],
    private readonly author: Referent | null,
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
    this.people = people.flatMap((person) => person.mentions.map((span) => ({ span, person }))).sort((a, b) => a.span.start - b.span.start);
    for (const p of people) {
      const last = p.name.split(/\s+/).pop()?.toLowerCase();
      if (last && p.name.includes(' ')) this.surnames.set(last, { id: p.id, name: p.name, kind: 'person' });
      this.learnGivenName(p.id, p.name);
    }
    // The author credited in a byline writes the article; "I" refers to them, but "he" or "she" in the
    // story never does, so byline mentions are no antecedents.
    const credit = (offset: number) => structure.paragraphs[this.paragraphAt(offset)]?.kind === 'byline';
    for (const { span, person } of this.people) {
      if (!credit(span.start)) this.mentions.push({ id: person.id, name: person.name, kind: 'person', offset: span.start, paragraph: this.paragraphAt(span.start) });
    }
    for (const e of this.entities) {
      if ((e.kind === 'person' || e.kind === 'organization') && !credit(e.start)) {
        this.mentions.push({ id: e.id, name: e.name, kind: e.kind, offset: e.start, paragraph: this.paragraphAt(e.start) });
      }
    }
    this.mentions.sort((a, b) => a.offset - b.offset);
    // Full names anywhere in the text whose first word is a common given name ("John Stumpf"), so a
    // bare surname and its pronoun resolve even when the entity stage found nobody.
    for (const m of text.matchAll(/(?<![\p{L}.])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu)) {
      if (!pronounOfGivenName(m[1]) || credit(m.index)) continue;
      const name = m[0].replace(/\s+/g, ' ');
      const id = `person:${slug(name)}`;
      this.learnGivenName(id, name);
      this.named.push({ id, name, kind: 'person', offset: m.index, paragraph: -1 });
    }
    this.learnRoles(text);
    // "Mrs. Okafor": an honorific names a person and their pronoun even where no stage found them.
    for (const m of text.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu)) {
      const last = m[2].toLowerCase();
      const earlier = this.latest(this.named, m.index, (n) => n.name.toLowerCase().endsWith(` ${last}`));
      const id = earlier?.id ?? this.surnames.get(last)?.id ?? `person:${slug(m[2])}`;
      this.known.set(id, m[1] === 'Mr' ? 'he' : 'she');
      this.titled.push({ id, name: earlier?.name ?? m[2], kind: 'person', offset: m.index, paragraph: this.paragraphAt(m.index) });
    }
    for (const n of this.named) n.paragraph = this.paragraphAt(n.offset);
    for (const { span, person } of this.people) this.learnTitle(person.id, text.slice(Math.max(0, span.start - 6), span.start));
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
      const person = this.people.find((p) => p.span.start <= offset && offset < p.span.end)?.person;
      const id = person?.id ?? `person:${slug(written)}`;
      if (!this.known.has(id)) this.known.set(id, female ? 'she' : 'he');
      this.named.push({ id, name: person?.name ?? written, kind: 'person', offset, paragraph: -1 });
    };
    for (const m of text.matchAll(after)) learn(m[1], m[2], m.index);
    for (const m of text.matchAll(before)) if (/^\p{Lu}/u.test(m[2])) learn(m[2], m[1], m.index + m[0].length - m[2].length);
    this.named.sort((a, b) => a.offset - b.offset);
  }

  /** Records that `referent` is the speaker or subject at `offset`, for later pronouns. */
  note(referent: Referent, offset: number, embedded = false): void {
    // An organization nobody could name ("the company said") is still noted, so that a later "it"
    // is left unresolved rather than given to another organization named in between.
    if (!referent.id && referent.kind !== 'organization') return;
    this.notes.push({ ...referent, offset, paragraph: this.paragraphAt(offset), embedded });
  }

  /**
   * For a note that is the subject of a reported clause, the main speaker of its sentence if that
   * one fits too: after "The company said the FBI warned it", "it" is the company.
   */
  private mainSpeaker(found: Note, fits: (n: Note) => boolean): Note {
    if (!found.embedded) return found;
    const sentence = sentenceIndex(this.structure, found.offset);
    for (let i = this.notes.indexOf(found) - 1; i >= 0 && sentenceIndex(this.structure, this.notes[i].offset) === sentence; i--) {
      if (!this.notes[i].embedded && fits(this.notes[i])) return this.notes[i];
    }
    return found;
  }

  /** The pronoun a person takes, as far as the article tells: he, she, or null. */
  private genderOf(id: string): 'he' | 'she' | null {
    const known = this.known.get(id);
    if (known) return known;
    const votes = this.votes.get(id) ?? 0;
    return votes > 0 ? 'he' : votes < 0 ? 'she' : null;
  }

  /** Learns a person's pronoun from the first given name of a full name ("Elizabeth Warren"). */
  private learnGivenName(id: string, name: string): void {
    const given = name.split(/\s+/).find((w) => !/^(\p{Lu}\.?|Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(w));
    const pronoun = given && given !== name ? pronounOfGivenName(given) : null;
    if (pronoun && !this.known.has(id)) this.known.set(id, pronoun);
  }

  /** Learns a person's pronoun from an honorific just before a mention ("Ms. Roe"). */
  private learnTitle(id: string, before: string): void {
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(before);
    if (title) this.known.set(id, title[1] === 'Mr' ? 'he' : 'she');
  }

  /** What a mention refers to; null for a pronoun or nominal with nothing to refer to. */
  resolve(mention: Mention, word: string): Referent | null {
    if (mention.kind === 'name') return this.name(mention);
    if (mention.kind === 'pronoun') {
      if (mention.antecedent) return this.resolve(mention.antecedent, '');
      return this.pronoun(word, mention.start);
    }
    return this.nominal(mention);
  }

  /** A name: the entity stage's person or organization if it found one here, else from the text. */
  name(mention: Mention): Referent | null {
    const core = mention.core;
    const written = this.text.slice(core.start, core.end).replace(/['’]s$/, '');
    // A full name as written outweighs an entity that only overlaps part of it ("Bill Clinton"
    // against a "Clinton" linked to Hillary Clinton).
    const agrees = (name: string) => !written.includes(' ') || name.toLowerCase().includes(written.split(/\s+/)[0].toLowerCase());
    const found = this.entityAt(core);
    const entity = found && agrees(found.name) ? found : null;
    const before = this.text.slice(Math.max(0, core.start - 6), core.start);
    const parts = written.split(/\s+/);
    const last = parts[parts.length - 1].toLowerCase();
    // A bare surname at an attribution site ("Clinton said") refers to the person of that surname
    // who last spoke or acted in the article, which news style names in full at first reference.
    const ofSurname = (n: Note) => n.kind === 'person' && n.offset < core.start && n.name.includes(' ') && n.name.toLowerCase().endsWith(` ${last}`);
    // Family names written first ("Gao Wenlin", then "Gao"): the first word of a full name.
    const ofFirst = (n: Note) => n.kind === 'person' && n.offset < core.start && n.name.includes(' ') && n.name.toLowerCase().startsWith(`${last} `) && !pronounOfGivenName(parts[0]);
    const salient =
      parts.length === 1 && (!entity || entity.kind === 'person') ? this.latest(this.notes, core.start, ofSurname) ?? this.latest(this.notes, core.start, ofFirst) : null;
    if (salient) {
      this.learnTitle(salient.id, before);
      return { id: salient.id, name: salient.name, kind: 'person' };
    }
    if (entity) {
      if (entity.kind === 'person') {
        this.learnGivenName(entity.id, entity.name);
        this.learnTitle(entity.id, before);
      }
      return { id: entity.id, name: entity.name, kind: entity.kind === 'person' ? 'person' : 'organization' };
    }
    const candidate = this.personAt(core);
    const person = candidate && agrees(candidate.name) ? candidate : null;
    if (person) {
      this.learnTitle(person.id, before);
      return { id: person.id, name: person.name, kind: 'person' };
    }
    if (mention.organization) {
      const name = written.replace(/^the\s+/i, '');
      // "the Company", "the Bureau": a kind noun in capitals is no name of its own.
      if (/^\p{Lu}\p{Ll}+$/u.test(name) && headKind(name.toLowerCase())) return this.lastOfKind(name.toLowerCase(), core.start);
      return { id: `org:${slug(name)}`, name, kind: 'organization' };
    }
    let referent: Referent;
    if (parts.length > 1) {
      referent = { id: `person:${slug(written)}`, name: written, kind: 'person' };
      this.surnames.set(last, referent);
      this.learnGivenName(referent.id, written);
    } else {
      const recent =
        this.latestOf(core.start, ofSurname) ?? this.latest(this.named, core.start, ofSurname) ?? this.latestOf(core.start, ofFirst) ?? this.latest(this.named, core.start, ofFirst);
      referent = recent ? { id: recent.id, name: recent.name, kind: 'person' } : this.surnames.get(last) ?? { id: `person:${slug(written)}`, name: written, kind: 'person' };
    }
    this.learnTitle(referent.id, before);
    return referent;
  }

  /**
   * he/she: the most recent speaker or subject in the last few paragraphs whose known pronoun does
   * not contradict; they/it: the most recent organization; I: the byline's author.
   */
  pronoun(word: string, offset: number): Referent | null {
    const w = word.toLowerCase();
    if (w === 'i') return this.author;
    if (w === 'we' || w === 'you' || w === 'who' || w === 'which') return null;
    const paragraph = this.paragraphAt(offset);
    const kind = w === 'he' || w === 'she' ? 'person' : 'organization';
    const near = (n: Note) => n.kind === kind && n.offset < offset && paragraph - n.paragraph <= RECENT_PARAGRAPHS;
    let found: Note | null;
    if (kind === 'person') {
      // One whose pronoun is known to fit comes first, a speaker before a mere mention; only then
      // one whose pronoun is unknown, so "she" never lands on a man met earlier.
      const known = (n: Note) => near(n) && this.genderOf(n.id) === w;
      const unknown = (n: Note) => near(n) && this.genderOf(n.id) === null;
      // A speaker of that gender wins within a paragraph; a mere mention only from a later one.
      const last = this.latest(this.notes, offset, known);
      const speaker = last && this.mainSpeaker(last, known);
      const mentioned = latestOfAll([this.latest(this.mentions, offset, known), this.latest(this.named, offset, known), this.latest(this.titled, offset, known)]);
      found =
        (speaker && mentioned ? (mentioned.paragraph > speaker.paragraph ? mentioned : speaker) : speaker ?? mentioned) ??
        this.latest(this.notes, offset, unknown) ??
        this.latest(this.mentions, offset, unknown);
    } else {
      const spoke = this.latest(this.notes, offset, near);
      found = spoke ? this.mainSpeaker(spoke, near) : this.latest(this.mentions, offset, (n) => near(n) && n.id !== '');
    }
    if (!found || !found.id) return null;
    if (w === 'he' || w === 'she') this.votes.set(found.id, (this.votes.get(found.id) ?? 0) + (w === 'he' ? 1 : -1));
    return { id: found.id, name: found.name, kind: found.kind };
  }

  /** "a spokesman for the FBI" -> the FBI; "the company" -> the last organization named as one. */
  nominal(mention: Mention): Referent | null {
    if (mention.affiliation) return this.resolve(mention.affiliation, '');
    const head = mention.head ?? '';
    if (SPOKES.test(head)) return this.spokesperson(mention);
    const kind = headKind(head);
    if (!kind) return null;
    const written = this.text.slice(mention.core.start, mention.core.end);
    // "the Trump campaign": a capitalised modifier names the organization itself, unless it is a
    // place or nationality ("the Russian company" is some company, not one called that).
    const named = /^(?:[Tt]he\s+)?((?:(?!The\s)\p{Lu}[\p{L}.'’-]*\s+)+)(\p{Ll}+)$/u.exec(written);
    if (named && !this.placeAt(mention.core.start, mention.core.end - named[2].length)) {
      const name = `${named[1].trim()} ${named[2]}`;
      return { id: `org:${slug(name)}`, name, kind: 'organization' };
    }
    return this.lastOfKind(head, mention.start);
  }

  /**
   * The last organization that a head noun names before `offset`: one whose name holds the noun
   * ("the bureau" -> Federal Bureau of Investigation), else the last of that kind ("the company" ->
   * a company, never an agency), else, close by, the last organization whose kind is unknown.
   */
  private lastOfKind(head: string, offset: number): Referent | null {
    const kind = headKind(head);
    if (!kind) return null;
    const paragraph = this.paragraphAt(offset);
    const near = (n: Note, paragraphs: number) => n.kind === 'organization' && n.id !== '' && n.offset < offset && paragraph - n.paragraph <= paragraphs;
    const word = new RegExp(`\\b${head}\\b`, 'i');
    const tests = [
      (n: Note) => near(n, 2 * RECENT_PARAGRAPHS) && (word.test(n.name) || (HEAD_ALIASES[head]?.includes(n.id) ?? false)),
      (n: Note) => near(n, 2 * RECENT_PARAGRAPHS) && kind !== 'other' && nameKind(n.name) === kind,
      (n: Note) => near(n, 2) && (kind === 'other' || nameKind(n.name) === null),
    ];
    for (const fits of tests) {
      const found = this.latestOf(offset, fits);
      if (found) return { id: found.id, name: found.name, kind: found.kind };
    }
    return null;
  }

  /**
   * "an NCSC spokesperson", "a Microsoft spokeswoman", "the agency's spokesperson": the organization
   * the phrase names, which is the speaker the quote is credited to.
   */
  private spokesperson(mention: Mention): Referent | null {
    const org = this.entitiesIn(mention.start, mention.end).find((e) => e.kind === 'organization');
    if (org) return { id: org.id, name: org.name, kind: 'organization' };
    const written = this.text.slice(mention.start, mention.end);
    const possessive = /^(?:the\s+|its\s+)?(\p{Ll}+)['’]s?\s/iu.exec(written);
    if (possessive && headKind(possessive[1].toLowerCase())) return this.lastOfKind(possessive[1].toLowerCase(), mention.start);
    // A capitalised modifier that looks like an organization's name ("a Foreign Office spokesman").
    const named = /^(?:an?|the)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+)+)\p{Ll}/u.exec(written);
    const name = named?.[1].trim().replace(/['’]s$/, '');
    if (name && !this.placeAt(mention.start, mention.end) && (nameKind(name) || /^\p{Lu}{2,6}$/u.test(name))) return { id: `org:${slug(name)}`, name, kind: 'organization' };
    return null;
  }

  /** Whether a place or nationality (a country entity) lies in [start, end). */
  private placeAt(start: number, end: number): boolean {
    if (this.entitiesIn(start, end).some((e) => e.kind === 'country')) return true;
    return /^(?:the\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i)\s/u.test(this.text.slice(start, end) + ' ') && !/^(?:the\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(this.text.slice(start, end));
  }

  /** Entity mentions that lie inside [start, end). */
  private entitiesIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    let i = upperBound(this.entities, end) - 1;
    for (let seen = 0; i >= 0 && seen < 8 && this.entities[i].end > start; i--, seen++) if (this.entities[i].start >= start && this.entities[i].end <= end) out.push(this.entities[i]);
    return out.reverse();
  }

  /** The latest note or entity mention before `offset` that passes `fits`. */
  private latestOf(offset: number, fits: (n: Note) => boolean): Note | null {
    const a = this.latest(this.notes, offset, fits);
    const b = this.latest(this.mentions, offset, fits);
    return a && b ? (a.offset >= b.offset ? a : b) : a ?? b;
  }

  /** The last note before `offset` that passes `fits`, looking at no more than RECENT_NOTES. */
  private latest(list: Note[], offset: number, fits: (n: Note) => boolean): Note | null {
    let i = upperBound(list, offset) - 1;
    for (let seen = 0; i >= 0 && seen < RECENT_NOTES; i--, seen++) if (fits(list[i])) return list[i];
    return null;
  }

  private entityAt(span: Span): EntityMention | null {
    const list = this.entities;
    let i = upperBound(list, span.end) - 1;
    for (let seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const e = list[i];
      if (e.start < span.end && span.start < e.end) return e;
    }
    return null;
  }

  private personAt(span: Span): Person | null {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.people[mid].span.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const p = this.people[i];
      if (p.span.start < span.end && span.start < p.span.end) return p.person;
    }
    return null;
  }

  paragraphAt(offset: number): number {
    const ps = this.structure.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].end <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The latest of some notes by offset (the first listed on a tie). */
function latestOfAll(notes: (Note | null)[]): Note | null {
  let best: Note | null = null;
  for (const n of notes) if (n && (!best || n.offset > best.offset)) best = n;
  return best;
}

/** Index of the first item whose start (or offset) is at or after `offset`. */
function upperBound(list: readonly ({ offset: number } | { start: number })[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid];
    const at = 'offset' in item ? item.offset : item.start;
    if (at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
