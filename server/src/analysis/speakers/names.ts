/**
 * What a name at an attribution site refers to: the entity stage's person or organization when it
 * found one there, else the person of that family name who last spoke or acted, else a person or
 * organization made from the text itself.
 */
import { headKind } from '../lexicon/organization-kinds';
import { pronounOfGivenName } from '../lexicon/given-names';
import { slugify } from '../text/ids';
import { latest, type Note, type Referent } from './cast';
import { type NominalReader, lastOfKind } from './organization-nominals';
import type { Mention } from './phrases';

/** What resolving a name needs of the article read so far (the Discourse). */
export interface NameReader extends NominalReader {
  /** The latest attribution or subject note before `offset` that passes `fits`. */
  lastNote(offset: number, fits: (n: Note) => boolean): Note | null;
}

/** The referent of a name mention, read in the article's order by `d`. */
export function resolveName(d: NameReader, mention: Mention): Referent | null {
  const cast = d.cast;
  const core = mention.core;
  const written = d.text.slice(core.start, core.end).replace(/['’]s$/, '');
  // A full name as written outweighs an entity that only overlaps part of it ("Bill Clinton"
  // against a "Clinton" linked to Hillary Clinton).
  const agrees = (name: string) => !written.includes(' ') || name.toLowerCase().includes(written.split(/\s+/)[0].toLowerCase());
  const found = cast.entityAt(core);
  const entity = found && agrees(found.name) ? found : null;
  const before = d.text.slice(Math.max(0, core.start - 6), core.start);
  const parts = written.split(/\s+/);
  const last = parts[parts.length - 1].toLowerCase();
  // A bare surname at an attribution site ("Clinton said") refers to the person of that surname
  // who last spoke or acted in the article, which news style names in full at first reference.
  const ofSurname = (n: Note) => n.kind === 'person' && n.start < core.start && n.name.includes(' ') && n.name.toLowerCase().endsWith(` ${last}`);
  // Family names written first ("Gao Wenlin", then "Gao"): the first word of a full name.
  const ofFirst = (n: Note) =>
    n.kind === 'person' && n.start < core.start && n.name.includes(' ') && n.name.toLowerCase().startsWith(`${last} `) && !pronounOfGivenName(parts[0]);
  const salient = parts.length === 1 && (!entity || entity.kind === 'person') ? (d.lastNote(core.start, ofSurname) ?? d.lastNote(core.start, ofFirst)) : null;
  if (salient) {
    cast.learnTitle(salient.id, before);
    return { id: salient.id, name: salient.name, kind: 'person' };
  }
  if (entity) {
    if (entity.kind === 'person') {
      cast.learnGivenName(entity.id, entity.name);
      cast.learnTitle(entity.id, before);
    }
    return { id: entity.id, name: entity.name, kind: entity.kind === 'person' ? 'person' : 'organization' };
  }
  const candidate = cast.personAt(core);
  const person = candidate && agrees(candidate.name) ? candidate : null;
  if (person) {
    cast.learnTitle(person.id, before);
    return { id: person.id, name: person.name, kind: 'person' };
  }
  if (mention.organization) {
    const name = written.replace(/^the\s+/i, '');
    // "the Company", "the Bureau": a kind noun in capitals is no name of its own.
    if (/^\p{Lu}\p{Ll}+$/u.test(name) && headKind(name.toLowerCase())) return lastOfKind(d, name.toLowerCase(), core.start);
    return { id: `org:${slugify(name)}`, name, kind: 'organization' };
  }
  let referent: Referent;
  if (parts.length > 1) {
    referent = { id: `person:${slugify(written)}`, name: written, kind: 'person' };
    cast.surnames.set(last, referent);
    cast.learnGivenName(referent.id, written);
  } else {
    const recent =
      d.latestOf(core.start, ofSurname) ??
      latest(cast.named, core.start, ofSurname) ??
      d.latestOf(core.start, ofFirst) ??
      latest(cast.named, core.start, ofFirst);
    referent = recent
      ? { id: recent.id, name: recent.name, kind: 'person' }
      : (cast.surnames.get(last) ?? { id: `person:${slugify(written)}`, name: written, kind: 'person' });
  }
  cast.learnTitle(referent.id, before);
  return referent;
}
