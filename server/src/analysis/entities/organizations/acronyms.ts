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
import { slugify } from '../../text/ids';
import type { EntityMention, Token } from '../../types';

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

const bareWord = (s: string) => (s.endsWith("'s") || s.endsWith('’s') ? s.slice(0, -2) : s);
/** A quick first test for acronym candidates, before any regular expression: a word of two to ten characters not starting in a-z. */
const mayBeAcronym = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return t.kind === 'word' && t.text.length >= 2 && t.text.length <= 10 && !(c >= 97 && c <= 122);
};

/** "NCA", "BfV", "SRI", "CERT" (two or more capitals, letters and digits, at most eight characters); "K-12" is not. */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 8) return false;
  // Letters A-Z, a-z, digits and "&" are checked by code; a word in another script goes to the regular expression.
  let capitals = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    else if (k === 0) return /^\p{Lu}/u.test(word) && acronymPattern(word);
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38)) return acronymPattern(word);
  }
  return capitals >= 2;
}

function acronymPattern(word: string): boolean {
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
  // Unlisted mentions by id, so a rename touches only the mentions it renames.
  const byId = new Map<string, EntityMention[]>();
  for (const m of sorted) {
    if (!UNLISTED.has(m)) continue;
    const same = byId.get(m.id);
    if (same) same.push(m);
    else byId.set(m.id, [m]);
  }
  const rename = (from: string, to: string) => {
    const moved = byId.get(from);
    if (from === to || !moved) return;
    for (const m of moved) m.id = to;
    byId.delete(from);
    const target = byId.get(to);
    if (target) target.push(...moved);
    else byId.set(to, moved);
  };
  /** The organization mention that covers token k, if any (binary search over the sorted mentions). */
  const orgAt = (k: number) => covering(sorted, tokens[k].start);
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
  const free = new Set<string>();
  const listedAcronyms = new Map<string, EntityMention>();
  for (let k = 0; k < tokens.length; k++) {
    if (!mayBeAcronym(tokens[k])) continue;
    const word = bareWord(tokens[k].text);
    if (!isAcronym(word)) continue;
    if (!taken[k]) free.add(word);
    else if (!listedAcronyms.has(word)) {
      const org = orgAt(k);
      if (org && !UNLISTED.has(org) && org.text === word) listedAcronyms.set(word, org);
    }
  }
  const byInitials = new Map<string, EntityMention | null>();
  const initialsOf = new Map<string, string>();
  for (const org of sorted) {
    let acronym = initialsOf.get(org.text);
    if (acronym === undefined) initialsOf.set(org.text, (acronym = initials(org.text)));
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

/** The mention (of those sorted by start, not overlapping) that covers an offset, if any. */
function covering(sorted: readonly EntityMention[], offset: number): EntityMention | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) lo = mid + 1;
    else if (sorted[mid].start > offset) hi = mid - 1;
    else return sorted[mid];
  }
  return undefined;
}
