/**
 * What a person changed in brat, as workspace entities: every actor, person or organization mention
 * in the `.ann` that NewsLens does not find itself (a span it missed, a kind it got wrong, a mention
 * linked to another entity) becomes an entry of the entities file, so the next analysis finds it. A
 * mention deleted in brat cannot be said in that file; it is counted so the user hears of it.
 */
import type { Analysis, EntityKind } from '../analysis/types';
import type { BratDocument } from '../views/brat';

export type Section = 'actors' | 'people' | 'organizations';

/** An entry of the entities file: an id to correct an existing entity, or a name for a new one. */
export interface EntityEntry {
  id?: string;
  name: string;
  aliases: string[];
}

export interface Corrections {
  entries: Record<Section, EntityEntry[]>;
  /** Mentions NewsLens finds that the `.ann` no longer has. */
  removed: number;
  /** Corrections the entities file cannot hold (countries). */
  skipped: number;
}

const SECTION: Partial<Record<EntityKind, { section: Section; prefix: string }>> = {
  actor: { section: 'actors', prefix: 'actor' },
  person: { section: 'people', prefix: 'person' },
  organization: { section: 'organizations', prefix: 'org' },
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function corrections(doc: BratDocument, analysis: Analysis): Corrections {
  const entries: Record<Section, EntityEntry[]> = { actors: [], people: [], organizations: [] };
  let skipped = 0;
  for (const m of doc.entities) {
    const found = analysis.entities.some((e) => e.start === m.start && e.end === m.end && e.kind === m.kind && (m.id === '' || e.id === m.id));
    if (found) continue;
    const target = SECTION[m.kind];
    if (!target) {
      skipped++;
      continue;
    }
    const list = entries[target.section];
    // A normalization of this kind corrects that entity; none (or one of another kind) makes a new one.
    const entry: EntityEntry = m.id.startsWith(`${target.prefix}:`) ? { id: m.id, name: m.name || m.text, aliases: [] } : { name: m.text, aliases: [] };
    const existing = list.find((x) => (entry.id ? x.id === entry.id : !x.id && same(x.name, entry.name)));
    const into = existing ?? (list.push(entry), entry);
    if (!same(m.text, into.name) && !into.aliases.some((a) => same(a, m.text))) into.aliases.push(m.text);
  }
  const removed = analysis.entities.filter((e) => !doc.entities.some((m) => m.start === e.start && m.end === e.end && m.kind === e.kind)).length;
  return { entries, removed, skipped };
}

type EntitiesFile = Partial<Record<Section, Record<string, unknown>[]>> & Record<string, unknown>;

/** The entities file with the entries merged in: an entry with the same id or name gains the new aliases. */
export function mergeEntries(file: EntitiesFile, entries: Record<Section, EntityEntry[]>): { file: EntitiesFile; added: number; updated: number } {
  let added = 0;
  let updated = 0;
  const out: EntitiesFile = { ...file };
  for (const section of Object.keys(entries) as Section[]) {
    if (entries[section].length === 0) continue;
    const list = [...(out[section] ?? [])];
    for (const entry of entries[section]) {
      const names = (r: Record<string, unknown>) => [
        r.name,
        ...((r.aliases as unknown[]) ?? []).map((a) => (typeof a === 'string' ? a : (a as { name?: string })?.name)),
      ];
      const at = list.findIndex((r) => (entry.id && r.id === entry.id) || names(r).some((n) => typeof n === 'string' && same(n, entry.name)));
      if (at < 0) {
        list.push({ ...(entry.id ? { id: entry.id } : {}), name: entry.name, ...(entry.aliases.length ? { aliases: entry.aliases } : {}) });
        added++;
        continue;
      }
      const record = { ...list[at] };
      const fresh = entry.aliases.filter((alias) => !names(record).some((n) => typeof n === 'string' && same(n, alias)));
      if (fresh.length === 0) continue;
      record.aliases = [...((record.aliases as unknown[]) ?? []), ...fresh];
      list[at] = record;
      updated++;
    }
    out[section] = list;
  }
  return { file: out, added, updated };
}
