/**
 * Given names (lists/given-names.txt): which capitalised words open a person's name, and the pronoun
 * a name suggests where it is nearly always borne by women or by men, so that "she said" does not
 * resolve to John Stumpf when Elizabeth Warren spoke last.
 */
import { entries } from './load';
import givenNamesList from './lists/given-names.txt';

/** Every listed given name, lowercase. */
export const GIVEN_NAMES = new Set<string>();
const PRONOUN = new Map<string, 'he' | 'she'>();
for (const entry of entries(givenNamesList)) {
  const [name, sex] = entry.split(/\s+/);
  GIVEN_NAMES.add(name);
  if (sex) PRONOUN.set(name, sex === 'f' ? 'she' : 'he');
}

/** The pronoun a given name suggests ("he", "she"), or null when the name is unknown or shared. */
export function pronounOfGivenName(given: string): 'he' | 'she' | null {
  return PRONOUN.get(given.toLowerCase()) ?? null;
}
