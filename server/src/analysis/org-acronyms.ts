/**
 * Acronyms of organizations. News writes a name in full once and its acronym after ("the National
 * Crime Agency (NCA) said ... the NCA added"); the convention is that both forms are one organization
 * whose id is the acronym's slug (`org:nca`), as the knowledge does for the organizations it lists.
 *
 * For an organization the knowledge does not list, the acronym comes from the text: one introduced in
 * parentheses right after the name, or a free capitalised word equal to the initials of the name's
 * capitalised words ("Cyber Safety Review Board" ... "CSRB"). A listed organization keeps its id, and
 * its unlisted acronyms found these ways take that id too.
 */
import { slugify } from './people';
import type { EntityMention, Token } from './types';

/** Mentions built from the text's shape rather than the knowledge: their ids may still change. */
const UNLISTED = new WeakSet<EntityMention>();

/** Records that a mention names an organization the knowledge does not list, and returns it. */
export function markUnlisted(mention: EntityMention): EntityMention {
  UNLISTED.add(mention);
  return mention;
}

/** Whether the mention names an organization that the knowledge does not list. */
export function isUnlisted(mention: EntityMention): boolean {
  return UNLISTED.has(mention);
}

const bareWord = (s: string) => s.replace(/['’]s$/, '');

/** "NCA", "BfV", "SRI", "CERT" (two or more capitals, letters and digits, at most eight characters); "K-12" is not. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}&]{1,7}$/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * The initials of a name's capitalised words ("National Crime Agency" -> "NCA", "Office of the Director
 * of National Intelligence" -> "ODNI"), or '' for a name of one word.
 */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}

/**
 * Links organizations to their acronyms. Returns the mentions of acronyms that nothing else took (and
 * marks their tokens taken); renames, in place, the unlisted organizations' mentions in `organizations`
 * to the acronym's id, so that the full name, its short forms and the acronym are one organization.
 */
export function linkAcronyms(text: string, tokens: readonly Token[], taken: Uint8Array, organizations: readonly EntityMention[]): EntityMention[] {
  const sorted = [...organizations].sort((a, b) => a.start - b.start);
  const rename = (from: string, to: string) => {
    if (from === to) return;
    for (const m of sorted) if (m.id === from && UNLISTED.has(m)) m.id = to;
  };
  /** The organization mention that covers token k, if any. */
  const orgAt = (k: number) => sorted.find((m) => m.start <= tokens[k].start && tokens[k].start < m.end);
  const byAcronym = new Map<string, EntityMention>();

  // "National Crime Agency (NCA)": the acronym in parentheses right after the name.
  let t = 0;
  for (const org of sorted) {
    while (t < tokens.length && tokens[t].start < org.end) t++;
    const [open, word, close] = [tokens[t], tokens[t + 1], tokens[t + 2]];
    if (open?.text !== '(' || close?.text !== ')' || !word || !isAcronym(word.text)) continue;
    if (text.slice(org.end, open.start).trim() !== '') continue;
    if (taken[t + 1]) {
      // "Romanian Intelligence Service (SRI)" where the knowledge lists SRI: the listed id wins.
      const listed = orgAt(t + 1);
      if (listed && UNLISTED.has(org) && !UNLISTED.has(listed)) rename(org.id, listed.id);
      continue;
    }
    if (byAcronym.has(word.text)) continue;
    if (UNLISTED.has(org)) rename(org.id, `org:${slugify(word.text)}`);
    byAcronym.set(word.text, org);
  }

  // "the Cyber Safety Review Board ... the CSRB": a free word equal to the name's initials, anywhere in the text.
  const free = freeAcronyms(tokens, taken);
  const listedAcronyms = new Map<string, EntityMention>();
  for (let k = 0; k < tokens.length; k++) {
    const word = bareWord(tokens[k].text);
    if (!taken[k] || !isAcronym(word) || listedAcronyms.has(word)) continue;
    const org = orgAt(k);
    if (org && !UNLISTED.has(org) && org.text === word) listedAcronyms.set(word, org);
  }
  const byInitials = new Map<string, EntityMention | null>();
  for (const org of sorted) {
    const acronym = initials(org.text);
    if (acronym.length < 3 || byAcronym.has(acronym)) continue;
    const seen = byInitials.get(acronym);
    // Two different organizations with the same initials: the acronym stays unresolved.
    if (seen !== undefined && seen?.id !== org.id) byInitials.set(acronym, null);
    else if (seen === undefined) byInitials.set(acronym, org);
  }
  for (const [acronym, org] of byInitials) {
    if (!org) continue;
    const listed = listedAcronyms.get(acronym);
    if (listed && UNLISTED.has(org)) rename(org.id, listed.id);
    else if (free.has(acronym)) {
      if (UNLISTED.has(org)) rename(org.id, `org:${slugify(acronym)}`);
      byAcronym.set(acronym, org);
    }
  }

  const out: EntityMention[] = [];
  if (byAcronym.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const word = bareWord(tokens[i].text);
    const org = byAcronym.get(word);
    if (!org || taken[i]) continue;
    const end = tokens[i].start + word.length;
    out.push({ start: tokens[i].start, end, kind: 'organization', text: word, id: org.id, name: org.name });
    taken[i] = 1;
  }
  return out;
}

/** Acronym-shaped words that nothing took, possessives stripped. */
function freeAcronyms(tokens: readonly Token[], taken: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const word = bareWord(tokens[k].text);
    if (!taken[k] && tokens[k].kind === 'word' && isAcronym(word)) out.add(word);
  }
  return out;
}
