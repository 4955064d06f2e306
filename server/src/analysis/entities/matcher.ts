/**
 * A token trie over every known name, so one left-to-right pass over the text finds all name
 * candidates in time linear in the number of tokens (times the longest name's length), whatever the
 * number of names. Keys are lowercased word tokens; a hyphen between two words ("Storm-0558") is not
 * part of the key, so "Storm-0558" and "Storm 0558" meet at the same node.
 */
import { tokenize } from '../text/structure';
import type { Token } from '../types';

/** What a name in the trie stands for. */
export interface NameEntry {
  kind: 'actor' | 'country' | 'person' | 'organization';
  id: string;
  /** Canonical name of the entity. */
  canonical: string;
  /** The name as the knowledge writes it (its case matters for matching). */
  alias: string;
  /** Per key token, the alias's spelling of it, for case checks. */
  aliasTokens: string[];
  form?: 'name' | 'demonym' | 'metonym';
  needsContext?: boolean;
}

interface TrieNode {
  /** Children by lowercased key token; absent on leaves (most nodes), which saves an allocation each. */
  next?: Map<string, TrieNode>;
  entries?: NameEntry[];
}

/** A candidate match: tokens [first, last] of the text, the possessive stripped where there was one. */
export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  entries: NameEntry[];
}

export class NameTrie {
  private readonly root: TrieNode = {};
  size = 0;

  /** Adds a name; the same name may stand for several entities. */
  add(entry: Omit<NameEntry, 'aliasTokens'>): void {
    const tokens = keyTokens(entry.alias);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries ??= [];
    if (node.entries.some((e) => e.id === entry.id && e.alias === entry.alias)) return;
    node.entries.push({ ...entry, aliasTokens: tokens });
    this.size++;
  }

  /**
   * Every name that starts at token `first`, longest first. `tokens` are the text's tokens; a word
   * ending in a possessive ('s) matches as the word without it, and only as the last token of a name.
   */
  matchesAt(text: string, tokens: readonly Token[], first: number): Candidate[] {
    const found: Candidate[] = [];
    let node: TrieNode | undefined = this.root;
    let i = first;
    while (node && i < tokens.length) {
      const token = tokens[i];
      if (token.kind === 'space') break;
      const lower = token.text.toLowerCase();
      const base = possessiveBase(lower);
      if (base !== null) {
        const stripped = node.next?.get(base);
        if (stripped?.entries) found.push({ first, last: i, start: tokens[first].start, end: token.end - 2, entries: stripped.entries });
      }
      node = node.next?.get(lower);
      if (!node) break;
      if (node.entries) found.push({ first, last: i, start: tokens[first].start, end: token.end, entries: node.entries });
      // Step over a hyphen that joins two words with no space around it.
      let j = i + 1;
      if (j + 1 < tokens.length && tokens[j].text === '-' && tokens[j].start === token.end && tokens[j + 1].start === tokens[j].end) j++;
      // Names never run across a line break or a gap wider than one space.
      if (j < tokens.length && /\n/.test(text.slice(token.end, tokens[j].start))) break;
      i = j;
    }
    return found.sort((a, b) => b.last - a.last || b.end - a.end);
  }
}

/** "nobelium's" -> "nobelium"; null when the word is no possessive. */
function possessiveBase(lower: string): string | null {
  return lower.length > 2 && /['’]s$/.test(lower) ? lower.slice(0, -2) : null;
}

/** The key tokens of a name: its words and numbers and its punctuation other than hyphens. */
export function keyTokens(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.text !== '-')
    .map((t) => t.text);
}
