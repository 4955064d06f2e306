/**
 * The knowledge NewsLens ships with: the generated actor base, countries and organizations. The JSON is
 * bundled into the server and CLI so they work without any file next to them.
 */
import actorsData from '../../data/actors.json';
import countriesData from '../../data/countries.json';
import organizationsData from '../../data/organizations.json';
import type { Actor, Country, Knowledge, Organization } from '../analysis/types';
import { mergeKnowledge, parseUserEntities, type UserEntitiesProblem } from './user';

let builtin: Knowledge | undefined;

/** The built-in knowledge, loaded once. */
export function builtinKnowledge(): Knowledge {
  builtin ??= {
    actors: (actorsData as { actors: Actor[] }).actors,
    countries: (countriesData as { countries: Country[] }).countries,
    organizations: (organizationsData as { organizations: Organization[] }).organizations,
    people: [],
  };
  return builtin;
}

/**
 * The built-in knowledge with workspace entities files applied in order, and each file's problems
 * (offsets into its text). The one place where the editor and the command line merge them: whatever
 * is valid in a file applies even when the rest of it is broken, and a missing file changes nothing.
 */
export function knowledgeWithEntitiesFiles(jsons: readonly (string | undefined)[]): { knowledge: Knowledge; problems: UserEntitiesProblem[][] } {
  let knowledge = builtinKnowledge();
  const problems: UserEntitiesProblem[][] = [];
  for (const json of jsons) {
    if (!json) {
      problems.push([]);
      continue;
    }
    const parsed = parseUserEntities(json);
    knowledge = mergeKnowledge(knowledge, parsed.additions);
    problems.push(parsed.problems);
  }
  return { knowledge, problems };
}
