/**
 * The knowledge prepared for matching: every name of every actor, country, organization and declared
 * person in one trie, and the entities by id. Built once per knowledge change, shared by every analysis.
 */
import { NameTrie } from './matcher';
import type { Actor, Country, Knowledge, KnownPerson, Organization } from '../types';

/** Knowledge prepared for fast matching; build it once per knowledge change with `indexKnowledge`. */
export interface KnowledgeIndex {
  knowledge: Knowledge;
  actorsById: Map<string, Actor>;
  /** Countries by ISO alpha-2 code (`RU`), not by `country:` id. */
  countriesByCode: Map<string, Country>;
  organizationsById: Map<string, Organization>;
  peopleById: Map<string, KnownPerson>;
  /** Declared people by their name; of two with one name, the first declared. */
  peopleByName: Map<string, KnownPerson>;
  /** Every name of every actor, country, organization and declared person. */
  names: NameTrie;
}

export function indexKnowledge(knowledge: Knowledge): KnowledgeIndex {
  const names = new NameTrie();
  for (const actor of knowledge.actors ?? []) {
    const aliases = actor.aliases?.length ? actor.aliases : [{ name: actor.name }];
    for (const alias of aliases) {
      for (const variant of spellings(alias.name)) {
        names.add({ kind: 'actor', id: actor.id, canonical: actor.name, alias: variant, needsContext: alias.needsContext });
      }
    }
  }
  for (const c of knowledge.countries ?? []) {
    const id = `country:${c.code}`;
    for (const n of [c.name, ...(c.aliases ?? [])]) names.add({ kind: 'country', id, canonical: c.name, alias: n, form: 'name' });
    for (const n of c.demonyms ?? []) names.add({ kind: 'country', id, canonical: c.name, alias: n, form: 'demonym' });
    for (const n of c.metonyms ?? []) names.add({ kind: 'country', id, canonical: c.name, alias: n, form: 'metonym' });
  }
  for (const o of knowledge.organizations ?? []) {
    for (const n of [o.name, ...(o.aliases ?? [])]) names.add({ kind: 'organization', id: o.id, canonical: o.name, alias: n });
  }
  for (const p of knowledge.people ?? []) {
    for (const n of [p.name, ...(p.aliases ?? [])]) names.add({ kind: 'person', id: p.id, canonical: p.name, alias: n });
  }
  const peopleById = new Map((knowledge.people ?? []).map((p) => [p.id, p]));
  return {
    knowledge,
    actorsById: new Map((knowledge.actors ?? []).map((a) => [a.id, a])),
    countriesByCode: new Map((knowledge.countries ?? []).map((c) => [c.code, c])),
    organizationsById: new Map((knowledge.organizations ?? []).map((o) => [o.id, o])),
    peopleById,
    peopleByName: new Map([...peopleById.values()].reverse().map((p) => [p.name, p])),
    names,
  };
}

/** "APT28" is also written "APT 28" and "APT-28"; the trie already treats the hyphen as a space. */
function spellings(name: string): string[] {
  const split = /^([A-Za-z]+)\s?(\d+)$/.exec(name);
  return split ? [`${split[1]}${split[2]}`, `${split[1]} ${split[2]}`] : [name];
}
