/**
 * Entity recognition: actors, countries, organizations and people. PLACEHOLDER version: exact,
 * case-sensitive matching of names; the real matcher replaces it.
 */
import type { EntityMention, Knowledge, Person, Structure } from './types';

/** Knowledge prepared for fast matching; build it once per knowledge change with `indexKnowledge`. */
export interface KnowledgeIndex {
  knowledge: Knowledge;
  names: Map<string, { kind: EntityMention['kind']; id: string; name: string }>;
}

export function indexKnowledge(knowledge: Knowledge): KnowledgeIndex {
  const names: KnowledgeIndex['names'] = new Map();
  for (const a of knowledge.actors) for (const alias of [a.name, ...a.aliases.map((x) => x.name)]) names.set(alias, { kind: 'actor', id: a.id, name: a.name });
  for (const c of knowledge.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]) names.set(n, { kind: 'country', id: `country:${c.code}`, name: c.name });
  for (const o of knowledge.organizations) for (const n of [o.name, ...o.aliases]) names.set(n, { kind: 'organization', id: o.id, name: o.name });
  return { knowledge, names };
}

/** Entity mentions and the people of the article. */
export function findEntities(text: string, structure: Structure, index: KnowledgeIndex): { entities: EntityMention[]; people: Person[] } {
  const entities: EntityMention[] = [];
  const tokens = structure.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      const hit = index.names.get(text.slice(start, end));
      if (hit) {
        entities.push({ ...hit, start, end, text: text.slice(start, end) });
        i += n - 1;
        break;
      }
    }
  }
  return { entities, people: [] };
}
