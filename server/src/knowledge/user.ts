/**
 * The workspace entities file (`.newslens/entities.json`): actors, people and organizations a user
 * adds or corrects. Parsing never throws; each problem carries offsets into the JSON text so the
 * server can put a diagnostic on the spot, and every valid entry applies even when others do not.
 */
import { slugify } from '../analysis/text/ids';
import type { Actor, ActorAlias, Knowledge, KnownPerson, Organization } from '../analysis/types';
import { type JsonNode, type JsonProblem, items, members, parseJsonc, spanOf } from './jsonc';

export type UserEntitiesProblem = JsonProblem;

type Field = { kind: 'string' | 'strings' | 'year' | 'aliases' | 'country' };

const ACTOR_FIELDS: Record<string, Field> = {
  id: { kind: 'string' },
  name: { kind: 'string' },
  aliases: { kind: 'aliases' },
  country: { kind: 'country' },
  sponsor: { kind: 'string' },
  firstSeen: { kind: 'year' },
  attackId: { kind: 'string' },
  microsoftName: { kind: 'string' },
  targets: { kind: 'strings' },
  software: { kind: 'strings' },
  campaigns: { kind: 'strings' },
  refs: { kind: 'strings' },
};
const PERSON_FIELDS: Record<string, Field> = { id: { kind: 'string' }, name: { kind: 'string' }, aliases: { kind: 'strings' }, role: { kind: 'string' } };
const ORG_FIELDS: Record<string, Field> = {
  id: { kind: 'string' },
  name: { kind: 'string' },
  aliases: { kind: 'strings' },
  country: { kind: 'country' },
  description: { kind: 'string' },
};
const SECTIONS = {
  actors: { fields: ACTOR_FIELDS, prefix: 'actor' },
  people: { fields: PERSON_FIELDS, prefix: 'person' },
  organizations: { fields: ORG_FIELDS, prefix: 'org' },
} as const;

/** The additions a workspace entities file makes, and its problems. */
export function parseUserEntities(jsonText: string): { additions: Partial<Knowledge>; problems: UserEntitiesProblem[] } {
  const text = typeof jsonText === 'string' ? jsonText : '';
  if (text.trim() === '') return { additions: {}, problems: [] };
  const { root, problems } = parseJsonc(text);
  return { additions: root ? entitiesFromNode(root, problems) : {}, problems };
}

/**
 * The additions an entities object makes (a whole entities file, or the `entities` of a
 * `.newslens.json`), with its problems added to `problems`, at offsets into the text it was parsed from.
 */
export function entitiesFromNode(root: JsonNode, problems: UserEntitiesProblem[]): Partial<Knowledge> {
  const additions: Partial<Knowledge> = {};
  if (root.type !== 'object') {
    problems.push({ message: 'The entities must be a JSON object with "actors", "people" and/or "organizations" arrays.', ...spanOf(root) });
    return additions;
  }
  for (const { key, keyNode, value } of members(root)) {
    if (key === '$schema' || !value) continue;
    const section = SECTIONS[key as keyof typeof SECTIONS];
    if (!section) {
      problems.push({ message: `Unknown section "${key}": expected "actors", "people" or "organizations".`, ...spanOf(keyNode) });
      continue;
    }
    if (value.type !== 'array') {
      problems.push({ message: `"${key}" must be an array of objects.`, ...spanOf(value) });
      continue;
    }
    const records: Record<string, unknown>[] = [];
    for (const item of items(value)) {
      const record = readRecord(item, section.fields, key, problems);
      if (!record) continue;
      record.id ??= `${section.prefix}:${slugify(String(record.name))}`;
      if (!String(record.id).startsWith(`${section.prefix}:`)) {
        problems.push({ message: `An id in "${key}" must start with "${section.prefix}:".`, ...spanOf(item) });
        continue;
      }
      records.push(record);
    }
    if (key === 'actors') additions.actors = records.map(toActor);
    else if (key === 'people') additions.people = records as unknown as KnownPerson[];
    else additions.organizations = records.map((r) => ({ ...r, aliases: (r.aliases as string[]) ?? [] }) as Organization);
  }
  return additions;
}

/** One entry checked against its fields; null (with problems) when it cannot apply. */
function readRecord(node: JsonNode, fields: Record<string, Field>, section: string, problems: UserEntitiesProblem[]): Record<string, unknown> | null {
  if (node.type !== 'object') {
    problems.push({ message: `Each entry of "${section}" must be an object with at least a "name".`, ...spanOf(node) });
    return null;
  }
  const record: Record<string, unknown> = {};
  for (const { key, keyNode, value } of members(node)) {
    const field = fields[key];
    if (!field) {
      problems.push({ message: `Unknown property "${key}" (allowed: ${Object.keys(fields).join(', ')}).`, ...spanOf(keyNode) });
      continue;
    }
    if (!value) continue;
    const read = readField(field, value, key, problems);
    if (read !== undefined) record[key] = read;
  }
  if (typeof record.name !== 'string' || record.name.trim() === '') {
    if (typeof record.id !== 'string') {
      problems.push({ message: `This entry of "${section}" needs a "name" (or the "id" of an entry to correct).`, ...spanOf(node) });
      return null;
    }
  }
  return record;
}

/** A non-empty string's trimmed text, or undefined. */
const nonEmpty = (node: JsonNode): string | undefined => (node.type === 'string' && String(node.value).trim() ? String(node.value).trim() : undefined);

function readField(field: Field, value: JsonNode, key: string, problems: UserEntitiesProblem[]): unknown {
  const bad = (message: string) => {
    problems.push({ message, ...spanOf(value) });
    return undefined;
  };
  switch (field.kind) {
    case 'string':
      return nonEmpty(value) ?? bad(`"${key}" must be a non-empty string.`);
    case 'country':
      return value.type === 'string' && /^[A-Za-z]{2}$/.test(value.value)
        ? String(value.value).toUpperCase()
        : bad(`"${key}" must be an ISO 3166 alpha-2 country code such as "RU".`);
    case 'year':
      return value.type === 'number' && Number.isInteger(value.value) && value.value >= 1950 && value.value <= 2100
        ? value.value
        : bad(`"${key}" must be a year such as 2014.`);
    case 'strings':
      if (value.type !== 'array') return bad(`"${key}" must be an array of strings.`);
      return items(value).flatMap((item) => {
        const text = nonEmpty(item);
        if (text) return [text];
        problems.push({ message: `Each item of "${key}" must be a non-empty string.`, ...spanOf(item) });
        return [];
      });
    case 'aliases':
      if (value.type !== 'array') return bad(`"${key}" must be an array of names or {"name", "source", "needsContext"} objects.`);
      return items(value).flatMap((item): ActorAlias[] => {
        const text = nonEmpty(item);
        if (text) return [{ name: text }];
        if (item.type === 'object') {
          const alias: ActorAlias = { name: '' };
          for (const e of members(item)) {
            if (e.key === 'name' && e.value?.type === 'string') alias.name = String(e.value.value).trim();
            else if (e.key === 'source' && e.value?.type === 'string') alias.source = e.value.value;
            else if (e.key === 'needsContext' && e.value?.type === 'boolean') alias.needsContext = e.value.value;
            else problems.push({ message: `Unknown or invalid alias property "${e.key}".`, start: e.keyNode.offset, end: spanOf(e.value ?? e.keyNode).end });
          }
          if (alias.name) return [alias];
        }
        problems.push({ message: 'An alias must be a non-empty string or an object with a "name".', ...spanOf(item) });
        return [];
      });
  }
}

function toActor(record: Record<string, unknown>): Actor {
  const aliases = (record.aliases as ActorAlias[]) ?? [];
  const name = record.name as string | undefined;
  // The name itself is matched too, so it belongs among the aliases.
  if (name && !aliases.some((a) => a.name.toLowerCase() === name.toLowerCase())) aliases.unshift({ name });
  return { ...(record as unknown as Actor), aliases };
}

/**
 * The knowledge with the user's additions: an entry with the id, or the name, of an existing entry
 * corrects it (its fields replace the built-in ones, its aliases are added); others are new. A name a
 * user gives one entity stops pointing at any other entity of the same kind.
 */
export function mergeKnowledge(base: Knowledge, additions: Partial<Knowledge>): Knowledge {
  return {
    actors: mergeList(base.actors, additions.actors, (a) => a.aliases.map((x) => x.name), mergeActor),
    countries: base.countries,
    organizations: mergeList(
      base.organizations,
      additions.organizations,
      (o) => o.aliases,
      (b, a) => ({ ...b, ...a, aliases: union(b.aliases, a.aliases) }),
    ),
    people: mergeList(
      base.people,
      additions.people,
      (p) => p.aliases ?? [],
      (b, a) => ({ ...b, ...a, aliases: union(b.aliases ?? [], a.aliases ?? []) }),
    ),
  };
}

interface Named {
  id: string;
  name: string;
}

function mergeList<T extends Named>(base: T[], added: T[] | undefined, namesOf: (t: T) => string[], merge: (b: T, a: T) => T): T[] {
  if (!added?.length) return base;
  const out = [...base];
  const claimed = new Map<string, string>();
  for (const addition of added) {
    const key = addition.name?.toLowerCase();
    let at = out.findIndex((t) => t.id === addition.id);
    if (at < 0 && key) at = out.findIndex((t) => t.name.toLowerCase() === key || namesOf(t).some((n) => n.toLowerCase() === key));
    const merged = at >= 0 ? merge(out[at], { ...addition, id: out[at].id }) : ({ ...addition, name: addition.name ?? addition.id } as T);
    if (at >= 0) out[at] = merged;
    else out.push(merged);
    for (const name of [merged.name, ...namesOf(addition)]) claimed.set(name.toLowerCase(), merged.id);
  }
  // The user's word wins: a name they gave one entity is removed from the others.
  return out.map((t) => {
    const names = namesOf(t).filter((n) => (claimed.get(n.toLowerCase()) ?? t.id) === t.id);
    if (names.length === namesOf(t).length) return t;
    return (
      'aliases' in t && Array.isArray(t.aliases) && typeof t.aliases[0] === 'object'
        ? { ...t, aliases: (t.aliases as ActorAlias[]).filter((a) => names.includes(a.name)) }
        : { ...t, aliases: names }
    ) as T;
  });
}

function mergeActor(base: Actor, added: Actor): Actor {
  const aliases = [...base.aliases];
  for (const alias of added.aliases ?? []) {
    const at = aliases.findIndex((a) => a.name.toLowerCase() === alias.name.toLowerCase());
    if (at >= 0) aliases[at] = { ...aliases[at], ...alias };
    else aliases.push(alias);
  }
  if (added.name && !aliases.some((a) => a.name.toLowerCase() === added.name.toLowerCase())) aliases.push({ name: added.name });
  return { ...base, ...added, name: base.name, aliases };
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
}
