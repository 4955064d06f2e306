/**
 * Organizations a nominal speaker stands for: "the company said" goes to the last company named (never
 * an agency), "the bureau" to the FBI, "an NCSC spokesperson" to the NCSC. The discourse reader
 * (discourse.ts) asks here once it knows a phrase names an organization by its kind.
 */
import { HEAD_ALIASES, headKind, nameKind } from '../lexicon/organization-kinds';
import { slugify } from '../text/ids';
import type { Cast, Note, Referent } from './cast';
import type { Mention } from './phrases';

/** How many paragraphs back a pronoun looks for its referent; nominals look twice as far. */
export const RECENT_PARAGRAPHS = 3;

/** What the organization readers need of the discourse: the text, the cast and what was said so far. */
export interface NominalReader {
  readonly text: string;
  readonly cast: Cast;
  /** The latest note or entity mention before `offset` that passes `fits`. */
  latestOf(offset: number, fits: (n: Note) => boolean): Note | null;
  paragraphAt(offset: number): number;
}

/**
 * The last organization that a head noun names before `offset`: one whose name holds the noun
 * ("the bureau" -> Federal Bureau of Investigation), else the last of that kind ("the company" ->
 * a company, never an agency), else, close by, the last organization whose kind is unknown.
 */
export function lastOfKind(d: NominalReader, head: string, offset: number): Referent | null {
  const kind = headKind(head);
  if (!kind) return null;
  const paragraph = d.paragraphAt(offset);
  // A hacking group is "the group", never "the company" or "the agency". (Of the words for a gang,
  // only "group" is a nominal head in lexicon/organization-kinds.ts; the others never reach here.)
  const actorHead = head === 'group';
  const near = (n: Note, paragraphs: number) =>
    n.kind === 'organization' && n.id !== '' && (actorHead || !n.id.startsWith('actor:')) && n.start < offset && paragraph - n.paragraph <= paragraphs;
  const word = new RegExp(`\\b${head}\\b`, 'i');
  const tests = [
    (n: Note) => near(n, 2 * RECENT_PARAGRAPHS) && (word.test(n.name) || (HEAD_ALIASES[head]?.includes(n.id) ?? false)),
    // In this field "the group" is a hacking group whenever one was named.
    (n: Note) => actorHead && near(n, 2 * RECENT_PARAGRAPHS) && n.id.startsWith('actor:'),
    (n: Note) => near(n, 2 * RECENT_PARAGRAPHS) && kind !== 'other' && nameKind(n.name) === kind,
    (n: Note) => near(n, 2) && (kind === 'other' || nameKind(n.name) === null),
  ];
  for (const fits of tests) {
    const found = d.latestOf(offset, fits);
    if (found) return { id: found.id, name: found.name, kind: found.kind };
  }
  return null;
}

/**
 * "an NCSC spokesperson", "a Microsoft spokeswoman", "the agency's spokesperson": the organization
 * the phrase names, which is the speaker the quote is credited to.
 */
export function spokesperson(d: NominalReader, mention: Mention): Referent | null {
  const org = d.cast.entitiesIn(mention.start, mention.end).find((e) => e.kind === 'organization');
  if (org) return { id: org.id, name: org.name, kind: 'organization' };
  const written = d.text.slice(mention.start, mention.end);
  const possessive = /^(?:the\s+|its\s+)?(\p{Ll}+)['’]s?\s/iu.exec(written);
  if (possessive && headKind(possessive[1].toLowerCase())) return lastOfKind(d, possessive[1].toLowerCase(), mention.start);
  // A capitalised modifier that looks like an organization's name ("a Foreign Office spokesman").
  const named = /^(?:an?|the)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+)+)\p{Ll}/u.exec(written);
  const name = named?.[1].trim().replace(/['’]s$/, '');
  if (name && !placeAt(d, mention.start, mention.end) && (nameKind(name) || /^\p{Lu}{2,6}$/u.test(name)))
    return { id: `org:${slugify(name)}`, name, kind: 'organization' };
  return null;
}

/** Whether a place or nationality (a country entity) lies in [start, end). */
export function placeAt(d: NominalReader, start: number, end: number): boolean {
  if (d.cast.entitiesIn(start, end).some((e) => e.kind === 'country')) return true;
  return (
    /^(?:the\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i)\s/u.test(d.text.slice(start, end) + ' ') &&
    !/^(?:the\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(d.text.slice(start, end))
  );
}
