/**
 * Entity recognition: threat actors, countries and organizations from the knowledge (one pass over
 * the tokens with a name trie; countries.ts decides whether a country word means the country),
 * then unlisted organizations by their shape (organizations/shapes.ts) and by what the sentence says of them
 * (organizations/cues.ts), acronyms introduced in parentheses, and last people from the shape of the text
 * (people.ts). Case and context rules keep ordinary words from becoming entities: "the lead
 * investigator" is no hacking group, "in flawless Ukrainian" no country.
 */
import { contextCue, insideLongerName, isCapitalised, sentenceStarts } from './context';
import { countryUse } from './countries';
import type { KnowledgeIndex } from './knowledge-index';
import type { Candidate, NameEntry } from './matcher';
import { findCuedOrganizations } from './organizations/cues';
import { findShapeOrganizations, isBrand, linkAcronyms, orgMention, orgRunAt } from './organizations/shapes';
import { GIVEN_NAMES, ROLE_NOUNS } from '../lexicon/people';
import { findPeople } from './people/people';
import { spanIndexAt } from '../text/spans';
import type { EntityMention, Person, Structure, Token } from '../types';

/** Which entity wins when one name stands for entities of several kinds. */
const KIND_RANK: Record<NameEntry['kind'], number> = { person: 0, actor: 1, organization: 2, country: 3 };

/** Entity mentions and the people of the article. */
export function findEntities(text: string, structure: Structure, index: KnowledgeIndex): { entities: EntityMention[]; people: Person[] } {
  const tokens = structure.tokens;
  const starts = sentenceStarts(structure);
  const entities: EntityMention[] = [];
  const deferred: { candidate: Candidate; entry: NameEntry; cue: boolean }[] = [];
  const taken = new Uint8Array(tokens.length);
  const plain = new Uint8Array(tokens.length);
  const none = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' && tokens[i].kind !== 'number') continue;
    const found = index.names.matchesAt(text, tokens, i);
    for (const candidate of found) {
      const entries = candidate.entries.filter((e) => caseFits(e, tokens, candidate));
      const uses = entries.map((e) => (e.kind === 'country' ? countryUse(e, text, tokens, candidate, starts) : 'country'));
      const sure = entries.filter((e, k) => !e.needsContext && uses[k] === 'country');
      // A capital used as a place or a demonym used as a language is no name of anything else either.
      // "Mexico City" as a place leaves no "Mexico" inside it either.
      if (sure.length === 0 && uses.some((u) => u === 'place' || u === 'language')) {
        for (let k = candidate.first; k <= candidate.last; k++) plain[k] = 1;
        i = candidate.last;
        break;
      }
      const risky = entries.filter((e) => e.needsContext);
      let entry = pick(sure);
      if (!entry && risky.length) {
        const capitalised = isCapitalised(tokens, candidate) && !insideLongerName(text, tokens, candidate, starts);
        const cue = capitalised && contextCue(tokens, candidate, structure);
        // At a sentence start the capital shows nothing, unless the name is fused with its kind
        // ("Royal ransomware") or an appositive says it ("Indra, the hacktivist group that ...").
        if (cue && (!starts.has(candidate.first) || kindRightAfter(tokens, candidate.last))) entry = pick(risky);
        else if (capitalised) deferred.push({ candidate, entry: pick(risky)!, cue });
      }
      if (!entry) continue;
      // "Romanian Intelligence Service", "EU DisinfoLab": the name is the start of a longer organization's name.
      const longer = longerOrganization(text, structure, index, candidate, entry, none);
      if (longer >= 0) {
        entities.push(orgMention(text, tokens, candidate.first, longer));
        for (let k = candidate.first; k <= longer; k++) taken[k] = 1;
        i = longer;
        break;
      }
      entities.push(mention(text, candidate, entry));
      for (let k = candidate.first; k <= candidate.last; k++) taken[k] = 1;
      i = candidate.last;
      break;
    }
  }
  // An ordinary-word name with no cue around it still counts when the article names the same actor
  // another way ("Zinc" in a story that also says "Lazarus Group"); at a sentence start it needs both.
  const named = new Set(entities.filter((e) => e.kind === 'actor').map((e) => e.id));
  for (const { candidate, entry, cue } of deferred) {
    if (!named.has(entry.id) || (starts.has(candidate.first) && !cue)) continue;
    let free = true;
    for (let k = candidate.first; k <= candidate.last; k++) if (taken[k]) free = false;
    if (!free) continue;
    entities.push(mention(text, candidate, entry));
    for (let k = candidate.first; k <= candidate.last; k++) taken[k] = 1;
  }
  const listed = entities.filter((e) => e.kind === 'organization');
  entities.push(...findShapeOrganizations(text, structure, taken));
  for (let k = 0; k < tokens.length; k++) if (plain[k]) taken[k] = 1;
  entities.push(...findCuedOrganizations(text, tokens, taken, starts, listed));
  entities.push(
    ...linkAcronyms(
      text,
      tokens,
      taken,
      entities.filter((e) => e.kind === 'organization'),
    ),
  );
  const { mentions, people } = findPeople(text, structure, taken, entities, index);
  const all = [...entities, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: all, people };
}

/**
 * The last token of an organization whose name starts with this country or organization name, or -1:
 * a country word followed by an organization-shaped name ("Chinese Academy of Sciences", "British
 * Army"), or a listed organization followed by a one-word brand ("EU DisinfoLab"). A listed name
 * after the country word keeps both ("Russian Federal Security Service"); headlines capitalise every
 * word, so there the country word stays alone. `none` is an all-zero token mask.
 */
function longerOrganization(text: string, structure: Structure, index: KnowledgeIndex, candidate: Candidate, entry: NameEntry, none: Uint8Array): number {
  const tokens = structure.tokens;
  const next = candidate.last + 1;
  if (entry.kind !== 'country' && entry.kind !== 'organization') return -1;
  if (next >= tokens.length || candidate.end !== tokens[candidate.last].end || text.slice(candidate.end, tokens[next].start) !== ' ') return -1;
  const paragraph = structure.paragraphs[spanIndexAt(structure.paragraphs, candidate.start)];
  if (!paragraph || paragraph.kind === 'headline' || paragraph.kind === 'heading') return -1;
  if (entry.kind === 'organization' && isBrand(tokens[next].text)) return next;
  // "Department of Defense Cyber Crime Center", "NHS Blood and Transplant": a listed name that opens a longer one.
  const last = orgRunAt(text, tokens, next, none, true);
  if (last < 0) return -1;
  for (let k = next; k <= last; k++) {
    if (index.names.matchesAt(text, tokens, k).some((c) => c.entries.some((e) => caseFits(e, tokens, c)))) return -1;
    // "U.N. Ambassador John Bolton": a title or a given name starts a person, not a longer name.
    if (entry.kind === 'organization' && (ROLE_NOUNS.has(tokens[k].text.toLowerCase()) || GIVEN_NAMES.has(tokens[k].text.toLowerCase()))) return -1;
  }
  return last;
}

function pick(entries: NameEntry[]): NameEntry | undefined {
  if (entries.length <= 1) return entries[0];
  return [...entries].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
}

function mention(text: string, candidate: Candidate, entry: NameEntry): EntityMention {
  const m: EntityMention = {
    start: candidate.start,
    end: candidate.end,
    kind: entry.kind,
    text: text.slice(candidate.start, candidate.end),
    id: entry.id,
    name: entry.canonical,
  };
  if (entry.form) m.form = entry.form;
  return m;
}

const hasLetter = (s: string) => /\p{L}/u.test(s);
const isUpper = (s: string) => hasLetter(s) && s === s.toUpperCase() && s !== s.toLowerCase();
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/**
 * Whether the text's spelling of a name fits the knowledge's: the same spelling, all capitals, or
 * capitalised where the name is. Vendor names written in capitals (STRONTIUM, FANCY BEAR) also
 * match capitalised ("Strontium"), but short acronyms (US, UPS, SEA) only in capitals, and cities
 * written in capitals are datelines (BERLIN —), not the state.
 */
function caseFits(entry: NameEntry, tokens: readonly Token[], candidate: Candidate): boolean {
  const words: string[] = [];
  for (let k = candidate.first; k <= candidate.last; k++) if (tokens[k].text !== '-') words.push(tokens[k].text);
  if (words.length !== entry.aliasTokens.length) return false;
  const last = words.length - 1;
  if (candidate.end < tokens[candidate.last].end) words[last] = words[last].slice(0, -2);
  for (let k = 0; k < words.length; k++) {
    const s = words[k];
    const a = entry.aliasTokens[k];
    if (s === a || !hasLetter(a)) continue;
    if (isUpper(s)) {
      if (entry.form === 'metonym' || entry.kind === 'person') return false;
      continue;
    }
    // Short capitals are acronyms (US, UPS, SEA), except the element names Microsoft wrote in capitals (ZINC, LEAD).
    const letters = a.replace(/[^\p{L}]/gu, '').length;
    if (isUpper(a) && (letters <= 3 || (letters === 4 && !entry.needsContext))) return false;
    if (startsUpper(a) || isUpper(a)) {
      if (!startsUpper(s)) return false;
      continue;
    }
    // A name that starts in lower case ("menuPass", "of") matches that spelling or a capitalised one.
    if (s.toLowerCase() !== a.toLowerCase()) return false;
  }
  return true;
}

/** "Royal ransomware", "Akira gang", "Indra, the hacktivist group": the name's kind right after it. */
function kindRightAfter(tokens: readonly Token[], last: number): boolean {
  if (/^(ransomware|gang)$/i.test(tokens[last + 1]?.text ?? '')) return true;
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < tokens.length && k <= last + 6; k++) {
    if (/^(group|gang|crew|collective|hackers)$/i.test(tokens[k].text)) return true;
    if (tokens[k].kind !== 'word' && tokens[k].text !== '-') return false;
  }
  return false;
}
