/**
 * The context rules of entity recognition: where sentences start and which words around a risky name
 * show that a hacking group is meant. Whether a country word means the country is countries.ts.
 */
import type { Candidate } from './matcher';
import { spanIndexAt } from '../text/spans';
import type { Structure, Token } from '../types';

/** Indices of the first word token of every sentence (after any opening quote or bracket). */
export function sentenceStarts(structure: Structure): Set<number> {
  const starts = new Set<number>();
  const tokens = structure.tokens;
  let t = 0;
  for (const sentence of structure.sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    let k = t;
    while (k < tokens.length && tokens[k].start < sentence.end && tokens[k].kind !== 'word' && tokens[k].kind !== 'number') k++;
    if (k < tokens.length) starts.add(k);
  }
  // A word after a colon, a dash or a line break opens a clause just as a sentence start does.
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (prev.text === ':' || prev.text === '—' || prev.text === '–') starts.add(i);
  }
  return starts;
}

/** Every word of the candidate starts with a capital letter (or a digit). */
export function isCapitalised(tokens: readonly Token[], candidate: Candidate): boolean {
  for (let k = candidate.first; k <= candidate.last; k++) {
    const text = tokens[k].text;
    if (text !== '-' && !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  }
  return true;
}

/**
 * Whether the candidate is part of a longer capitalised name ("Cobalt Strike", "Mercury News",
 * "San Jose Mercury"): a capitalised word right after it, or right before it mid-sentence.
 */
export function insideLongerName(text: string, tokens: readonly Token[], candidate: Candidate, starts: Set<number>): boolean {
  const next = tokens[candidate.last + 1];
  if (
    next &&
    next.kind === 'word' &&
    /^\p{Lu}/u.test(next.text) &&
    text.slice(tokens[candidate.last].end, next.start) === ' ' &&
    candidate.end === tokens[candidate.last].end
  )
    return true;
  const prev = tokens[candidate.first - 1];
  return Boolean(
    prev &&
    prev.kind === 'word' &&
    /^\p{Lu}/u.test(prev.text) &&
    !starts.has(candidate.first - 1) &&
    text.slice(prev.end, tokens[candidate.first].start) === ' ',
  );
}

/** Words that, near an ordinary-word name, show that a threat actor is meant. */
const CUES = new Set([
  'group',
  'groups',
  'hacker',
  'hackers',
  'hacking',
  'actor',
  'actors',
  'apt',
  'threat',
  'gang',
  'crew',
  'operators',
  'cyber',
  'cyberattack',
  'cyberattacks',
  'cyberespionage',
  'espionage',
  'ransomware',
  'intrusion',
  'intrusions',
  'state-sponsored',
  'nation-state',
  'aka',
  'a.k.a.',
  'dubbed',
  'tracks',
  'tracked',
  'tracking',
  'calls',
  'called',
  'known',
  'attackers',
  'spies',
  'spying',
  'cybercriminals',
  'cybercrime',
  'collective',
]);

/** Whether a cue word stands within a few words of the candidate, in the same sentence. */
export function contextCue(tokens: readonly Token[], candidate: Candidate, structure: Structure): boolean {
  const sentence = structure.sentences[spanIndexAt(structure.sentences, tokens[candidate.first].start)];
  const from = Math.max(0, candidate.first - 8);
  const to = Math.min(tokens.length - 1, candidate.last + 8);
  for (let k = from; k <= to; k++) {
    if (k >= candidate.first && k <= candidate.last) continue;
    const token = tokens[k];
    if (sentence && (token.start < sentence.start || token.end > sentence.end)) continue;
    // Cues are common nouns: "Group" in "Threat Analysis Group" is part of a name, not a cue.
    if (/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    if (CUES.has(token.text.toLowerCase().replace(/['’]s$/, ''))) return true;
  }
  return false;
}
