/**
 * People: capitalised name sequences that no knowledge matched, taken as a person when the text
 * shows it (a title before, a speech verb or an appositive next to it, a byline, a common given
 * name), then later short forms ("Burt", "Mr. Burt") linked to the full name. The role is the
 * title or appositive as the article states it.
 */
import type { KnowledgeIndex } from './entities';
import { sentenceStarts } from './context';
import { sentenceAt } from './text';
import { GIVEN_NAMES, HONORIFICS, NOT_NAME_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon-people';
import type { EntityMention, Person, Span, Structure, Token } from './types';

/** The slug of a name, as person and organization ids use it: Unicode letters and digits kept. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A run of name-like words: token indices of each word's first and last token. */
interface Word {
  first: number;
  last: number;
  text: string;
}

const bare = (s: string) => s.toLowerCase().replace(/\.$/, '');
const isNameWord = (s: string) => /^\p{Lu}[\p{Ll}\p{M}'’]/u.test(s) || /^\p{Lu}$/u.test(s) || /^(Mc|Mac|O['’])\p{Lu}/u.test(s);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du']);

/** People and their mentions among the tokens no other entity took. */
export function findPeople(
  text: string,
  structure: Structure,
  taken: Uint8Array,
  entities: EntityMention[],
  index: KnowledgeIndex,
): { mentions: EntityMention[]; people: Person[] } {
  const tokens = structure.tokens;
  const starts = sentenceStarts(structure);
  const people = new Map<string, Person>();
  const mentions: EntityMention[] = [];
  const used = new Uint8Array(tokens.length);
  const titledSingles: { span: Span; role: { text: string; span: Span } | null; first: number; last: number }[] = [];
  const add = (name: string, span: Span, role: { text: string; span: Span } | null, first: number, last: number) => {
    const known = [...index.peopleById.values()].find((p) => p.name === name);
    const id = known?.id ?? `person:${slugify(name)}`;
    let person = people.get(id);
    if (!person) {
      person = { id, name: known?.name ?? name, role: known?.role ?? null, mentions: [] };
      people.set(id, person);
    }
    if (!person.role && role) {
      person.role = role.text;
      person.roleSpan = role.span;
    }
    person.mentions.push(span);
    mentions.push({ ...span, kind: 'person', text: text.slice(span.start, span.end), id, name: person.name });
    for (let k = first; k <= last; k++) used[k] = 1;
  };
  // Declared people that the trie matched already are entities: give them Person records too.
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const known = index.peopleById.get(e.id);
    let person = people.get(e.id);
    if (!person) {
      person = { id: e.id, name: known?.name ?? e.name, role: known?.role ?? null, mentions: [] };
      people.set(e.id, person);
    }
    person.mentions.push({ start: e.start, end: e.end });
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || used[i] || !isNameWord(tokens[i].text)) continue;
    const words = nameRun(text, tokens, taken, i);
    if (words.length === 0) continue;
    const lastWord = words[words.length - 1];
    // A sentence-opening word ("But", "Later") is not part of the name that may follow it.
    const opener = starts.has(words[0].first) && !TITLE_WORDS.has(bare(words[0].text)) && !HONORIFICS.has(bare(words[0].text)) && !GIVEN_NAMES.has(bare(words[0].text));
    if (NOT_NAME_WORDS.has(bare(words[0].text)) || (opener && (words.length >= 3 || (words.length === 2 && TITLE_WORDS.has(bare(words[1].text)))))) {
      i = words[0].last;
      continue;
    }
    // Titles at the front are the role, the rest the name.
    let n = 0;
    while (n < words.length - 1 && (TITLE_WORDS.has(bare(words[n].text)) || HONORIFICS.has(bare(words[n].text)))) n++;
    const nameWords = words.slice(n);
    const titleOnly = TITLE_WORDS.has(bare(nameWords[nameWords.length - 1].text)) && !GIVEN_NAMES.has(bare(nameWords[0].text));
    if (titleOnly || nameWords.some((w) => NOT_NAME_WORDS.has(bare(w.text)) && !PARTICLES.has(w.text))) {
      i = lastWord.last;
      continue;
    }
    const first = nameWords[0].first;
    const last = nameWords[nameWords.length - 1].last;
    const titled = n > 0 && words.slice(0, n).some((w) => TITLE_WORDS.has(bare(w.text)) || HONORIFICS.has(bare(w.text)));
    const before = roleBefore(text, tokens, taken, words[0].first, words.slice(0, n));
    const appositive = appositiveAfter(text, tokens, last);
    const evidence =
      titled ||
      before !== null ||
      appositive !== null ||
      speechNear(tokens, words[0].first, last) ||
      isByline(text, structure, tokens[first].start) ||
      (nameWords.length >= 2 && GIVEN_NAMES.has(bare(nameWords[0].text)));
    const single = nameWords.length === 1;
    // Title-case headlines capitalise every word: there a name needs a title or a known given name.
    const headline = inHeadline(structure, tokens[first].start) && !titled && !GIVEN_NAMES.has(bare(nameWords[0].text));
    if (nameWords.length > 4 || headline) {
      i = lastWord.last;
      continue;
    }
    if (!evidence || (single && !titled && !before) || (single && starts.has(first) && !titled)) {
      i = lastWord.last;
      continue;
    }
    const span = nameSpan(tokens, first, last);
    const role = before ?? appositive;
    // "Mr. Burt", "President Biden": settled once every full name is known.
    if (single) titledSingles.push({ span, role, first, last });
    else add(text.slice(span.start, span.end), span, role, first, last);
    i = lastWord.last;
  }

  const shortForms = shortFormIndex(people);
  for (const { span, role, first, last } of titledSingles) {
    const word = text.slice(span.start, span.end);
    const owners = shortForms.get(word);
    add(owners?.length === 1 ? owners[0].name : word, span, role, first, last);
  }
  linkShortForms(text, tokens, taken, used, shortFormIndex(people), add);
  for (const person of people.values()) person.mentions.sort((a, b) => a.start - b.start);
  return { mentions, people: [...people.values()] };
}

/** The capitalised words from token `i` on, joined across hyphens ("Ji-woo") and initials ("M."). */
function nameRun(text: string, tokens: readonly Token[], taken: Uint8Array, i: number): Word[] {
  const words: Word[] = [];
  let k = i;
  while (k < tokens.length && words.length < 8) {
    const token = tokens[k];
    if (taken[k] || token.kind !== 'word') break;
    const particle = PARTICLES.has(token.text) && words.length > 0;
    if ((!isNameWord(token.text) && !particle) || (words.length > 0 && SPEECH_VERBS.has(token.text.toLowerCase()))) break;
    let last = k;
    // "Ji-woo", "Jean-Luc": a hyphen with no space joins two parts of one name word.
    while (last + 2 < tokens.length && tokens[last + 1].text === '-' && tokens[last + 1].start === tokens[last].end && tokens[last + 2].start === tokens[last + 1].end && tokens[last + 2].kind === 'word') last += 2;
    // An initial or abbreviated title keeps its period ("M.", "Gen.").
    if (last + 1 < tokens.length && tokens[last + 1].text === '.' && tokens[last + 1].start === tokens[last].end && /^(\p{Lu}|Gen|Sen|Rep|Gov|Adm|Col|Lt|Capt|Maj|Sgt|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Rev|Cmdr|Supt|Insp|Det)$/u.test(tokens[last].text)) last++;
    words.push({ first: k, last, text: text.slice(token.start, tokens[last].end) });
    const next = tokens[last + 1];
    if (!next || /['’]s$/.test(tokens[last].text) || text.slice(tokens[last].end, next.start) !== ' ') break;
    k = last + 1;
  }
  while (words.length && PARTICLES.has(words[words.length - 1].text)) words.pop();
  return words;
}

/** The span of a name, without a trailing possessive. */
function nameSpan(tokens: readonly Token[], first: number, last: number): Span {
  const end = /['’]s$/.test(tokens[last].text) ? tokens[last].end - 2 : tokens[last].end;
  return { start: tokens[first].start, end };
}

/**
 * The role stated right before a name: title words in the name run, with any organization or country
 * mention and lower-case role words just before them ("FBI Director", "Microsoft security researcher").
 */
function roleBefore(text: string, tokens: readonly Token[], taken: Uint8Array, runStart: number, titles: Word[]): { text: string; span: Span } | null {
  let from = runStart;
  let k = runStart - 1;
  while (k >= 0 && runStart - k < 8) {
    const token = tokens[k];
    if (text.slice(token.end, tokens[k + 1].start) !== ' ' && !(token.text === '-' || tokens[k + 1].text === '-')) break;
    const lower = bare(token.text);
    // "Secretary of State", "Minister for Digital Affairs": a connector after a title word.
    const connector = (lower === 'of' || lower === 'for') && k > 0 && TITLE_WORDS.has(bare(tokens[k - 1].text)) && /^\p{Lu}/u.test(tokens[k - 1].text);
    if (connector || taken[k] || ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || /^(security|cyber|threat|intelligence|senior|former|chief|principal|lead|staff|research|policy|technology|information)$/.test(lower) || token.text === '-') {
      from = k;
      k--;
      continue;
    }
    break;
  }
  const roleWords = titles.filter((w) => !HONORIFICS.has(bare(w.text)));
  const hasHead = [...Array(runStart - from).keys()].some((d) => ROLE_NOUNS.has(bare(tokens[from + d].text)) || TITLE_WORDS.has(bare(tokens[from + d].text)));
  if (roleWords.length === 0 && !hasHead) return null;
  const end = roleWords.length ? tokens[roleWords[roleWords.length - 1].last].end : tokens[runStart - 1].end;
  const start = tokens[from].start;
  // A lone organization or country before a name ("Microsoft Jane Roe") is no role.
  if (roleWords.length === 0 && !hasHead) return null;
  return { text: text.slice(start, end), span: { start, end } };
}

/** ", Microsoft's corporate vice president for customer security and trust," after a name. */
function appositiveAfter(text: string, tokens: readonly Token[], last: number): { text: string; span: Span } | null {
  const comma = tokens[last + 1];
  if (!comma || comma.text !== ',') return null;
  let k = last + 2;
  const first = k;
  while (k < tokens.length && !/^[,.;:()—–"“”]$/.test(tokens[k].text) && k - first < 30) k++;
  if (k === first || k - first >= 30) return null;
  const words = tokens.slice(first, k).map((t) => bare(t.text));
  if (SPEECH_VERBS.has(words[0]) || /^(and|but|or|which|where|when|he|she|they|it|we|i)$/.test(words[0])) return null;
  const opener = /^(the|a|an|his|her|their|its|who|now|then|former|currently)$/.test(words[0]) || /['’]s$/.test(tokens[first].text);
  const head = words.slice(0, 8).some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/, '')));
  if (!head || (!opener && !ROLE_NOUNS.has(words[0]) && !TITLE_WORDS.has(words[0]))) return null;
  let startToken = first;
  if (words[0] === 'who' && /^(is|was)$/.test(words[1] ?? '')) startToken += 2;
  const start = tokens[startToken].start;
  const end = tokens[k - 1].end;
  return { text: text.slice(start, end), span: { start, end } };
}

/** A speech verb right after the name (or its appositive), or right before it. */
function speechNear(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && SPEECH_VERBS.has(after.text.toLowerCase())) return true;
  const before = tokens[first - 1];
  if (before && SPEECH_VERBS.has(before.text.toLowerCase())) return true;
  // "..., Jane Roe said" after a comma or a closing quote.
  const twoBefore = tokens[first - 2];
  if (before && /^[,"”]$/.test(before.text) && twoBefore && /^["”,]$/.test(twoBefore.text) && after && SPEECH_VERBS.has(after.text.toLowerCase())) return true;
  if (after?.text === ',') {
    // The verb after an appositive: "Tom Burt, Microsoft's vice president, said".
    for (let k = last + 2, commas = 0; k < tokens.length && k < last + 40; k++) {
      if (tokens[k].text === '.' || tokens[k].text === ';') break;
      if (tokens[k].text === ',') commas++;
      else if (commas === 1 && SPEECH_VERBS.has(tokens[k].text.toLowerCase()) && tokens[k - 1].text === ',') return true;
    }
  }
  return false;
}

/** Whether the offset lies in a headline or heading paragraph. */
function inHeadline(structure: Structure, offset: number): boolean {
  const paragraph = structure.paragraphs[sentenceAt(structure.paragraphs, offset)];
  return paragraph !== undefined && (paragraph.kind === 'headline' || paragraph.kind === 'heading');
}

/** A byline paragraph ("By Helena Marsh"). */
function isByline(text: string, structure: Structure, offset: number): boolean {
  const paragraph = structure.paragraphs[sentenceAt(structure.paragraphs, offset)];
  return paragraph !== undefined && (paragraph.kind === 'byline' || /^by\s/i.test(text.slice(paragraph.start, paragraph.start + 3)));
}

/** People by the word a short form uses: the family name, or the first word of a name written family name first. */
function shortFormIndex(people: Map<string, Person>): Map<string, Person[]> {
  const byShort = new Map<string, Person[]>();
  for (const person of people.values()) {
    const parts = person.name.split(/\s+/);
    if (parts.length < 2) continue;
    const familyFirst = /-\p{Ll}/u.test(parts[parts.length - 1]);
    const short = familyFirst ? parts[0] : parts[parts.length - 1];
    if (!byShort.has(short)) byShort.set(short, []);
    byShort.get(short)!.push(person);
  }
  return byShort;
}

/**
 * Later (and earlier) short forms: a capitalised word that is the family name of exactly one person
 * found ("Burt", "Mr. Burt"); the span is the name word only. Names written family name first
 * ("Han Ji-woo") are referred to by their first word.
 */
function linkShortForms(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  used: Uint8Array,
  byShort: Map<string, Person[]>,
  add: (name: string, span: Span, role: null, first: number, last: number) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || used[i] || tokens[i].kind !== 'word') continue;
    const word = tokens[i].text.replace(/['’]s$/, '');
    const owners = byShort.get(word);
    if (!owners || owners.length !== 1) continue;
    // Not the first word of another capitalised name ("Burt Reynolds").
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && isNameWord(next.text) && text.slice(tokens[i].end, next.start) === ' ' && !/['’]s$/.test(tokens[i].text)) continue;
    const end = word.length < tokens[i].text.length ? tokens[i].end - 2 : tokens[i].end;
    add(owners[0].name, { start: tokens[i].start, end }, null, i, i);
  }
}
