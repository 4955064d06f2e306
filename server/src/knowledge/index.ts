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
 * The built-in knowledge with a workspace entities file applied, and that file's problems (offsets
 * into `userJson`). An empty or missing file changes nothing.
 */
export function knowledgeWithUserEntities(userJson: string | undefined): { knowledge: Knowledge; problems: UserEntitiesProblem[] } {
  if (!userJson) return { knowledge: builtinKnowledge(), problems: [] };
  const { additions, problems } = parseUserEntities(userJson);
  return { knowledge: mergeKnowledge(builtinKnowledge(), additions), problems };
}
