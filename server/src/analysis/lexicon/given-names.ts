/**
 * Common given names that are nearly always borne by women or by men (lists/gendered-given-names.txt),
 * so that "she said" does not resolve to John Stumpf when Elizabeth Warren spoke last. A name missing
 * there only means the pronoun decides alone.
 */
import { entries } from './load';
import gendered from './lists/gendered-given-names.txt';

const FEMALE = new Set<string>();
const MALE = new Set<string>();
for (const entry of entries(gendered)) {
  const [name, sex] = entry.split(/\s+/);
  (sex === 'f' ? FEMALE : MALE).add(name);
}

/** The pronoun a given name suggests ("he", "she"), or null when the name is rare or shared. */
export function pronounOfGivenName(given: string): 'he' | 'she' | null {
  const name = given.toLowerCase();
  if (FEMALE.has(name)) return 'she';
  if (MALE.has(name)) return 'he';
  return null;
}
