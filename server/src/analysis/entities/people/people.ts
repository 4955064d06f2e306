/**
 * People: capitalised name sequences that no knowledge matched, taken as a person only when the text
 * shows it (cues.ts and placement.ts: a title before, a speech or action verb or an appositive next to it, an
 * age, "who", "his"/"her", an author credit, a later "Mr."/"Ms.", a list introduced as people) or the
 * name itself does (a common given name, a family name with a romanised given name: "Tan Dailin").
 * Evidence belongs to the person, not the mention, so one shown mention carries the others
 * (short-forms.ts). Short forms ("Burt", "Mr. Burt", "Gao" for "Gao Wenlin", a sign-off "Halyna")
 * are then linked to the full name. The role is the title, appositive or affiliation as the article
 * states it.
 */
import type { KnowledgeIndex } from '../knowledge-index';
import { sentenceStarts } from '../context';
import { slugify } from '../../text/ids';
import {
  FOREIGN_ARTICLES,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_SUFFIX,
  NOT_NAME_WORDS,
  OPENERS,
  PEOPLE_PLURALS,
  ROLE_NOUNS,
  TITLES,
  TITLE_WORDS,
} from '../../lexicon/people';
import { affiliation, appositiveAfter, bare, copulaRole, isNameWord, personAfter, roleBefore, roleCommaBefore, speechNear } from './cues';
import { creditBefore, honorificNames, listTriggerBefore } from './placement';
import { inHeadline } from '../../text/spans';
import { PARTICLES, eastAsianName, listGap, nameRun, nameSpan, quotedSpeaker, titleRightBefore } from './runs';
import { type Found, type Role, linkShortForms, ownerOf, poolEvidence, shortFormIndex } from './short-forms';
import type { EntityMention, Person, Span, Structure } from '../../types';

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
  const titledSingles: { span: Span; role: Role | null; first: number; last: number }[] = [];
  // Declared people by name; the first declared wins a shared name.
  const declaredByName = index.peopleByName;
  const weakRoles = new Set<string>();
  const add = (name: string, span: Span, role: Role | null, first: number, last: number) => {
    const known = declaredByName.get(name);
    let id = known?.id ?? `person:${slugify(name)}`;
    // "Ortega Ruiz" after "Javier Ortega Ruiz": the family names of one person met before.
    if (!known && !people.has(id) && name.includes(' ')) {
      const longer = [...people.values()].filter((p) => p.name.endsWith(` ${name}`));
      if (longer.length === 1) id = longer[0].id;
    }
    let person = people.get(id);
    if (!person) {
      person = { id, name: known?.name ?? name, role: known?.role ?? null, mentions: [] };
      people.set(id, person);
    }
    // A title or appositive later on says more than an affiliation ("Mandiant's Orla Brennan").
    if (role && (!person.role || (weakRoles.has(id) && !role.weak))) {
      person.role = role.text;
      person.roleSpan = role.span;
      if (role.weak) weakRoles.add(id);
      else weakRoles.delete(id);
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

  // Organizations and countries by where they start and end, for affiliations ("Mandiant's Orla Brennan").
  const affiliations = entities.filter((e) => e.kind === 'organization' || e.kind === 'country');
  const byEnd = new Map(affiliations.map((e) => [e.end, e]));
  const byStart = new Map(affiliations.map((e) => [e.start, e]));
  const near = { endingAt: (offset: number) => byEnd.get(offset), startingAt: (offset: number) => byStart.get(offset) };
  const laterHonorific = honorificNames(tokens);
  const found: Found[] = [];
  // Family names that a one-word mention shows to be a person's ("said Vance, the founder"): a full
  // name with no evidence of its own is a person when its short form is one of them.
  const shownShort = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || used[i] || !isNameWord(tokens[i].text)) continue;
    let words = nameRun(text, tokens, taken, i);
    if (words.length === 0) continue;
    const lastWord = words[words.length - 1];
    // "Later Tan said": a common word opening the sentence is no part of the name after it.
    if (
      words.length >= 2 &&
      starts.has(words[0].first) &&
      (OPENERS.has(bare(words[0].text)) || /^\p{Lu}\p{Ll}{5,}ly$/u.test(words[0].text)) &&
      !GIVEN_NAMES.has(bare(words[0].text))
    ) {
      words = words.slice(1);
      starts.add(words[0].first);
    }
    // A sentence-opening word ("But", "Later") is not part of the name that may follow it.
    const opener =
      starts.has(words[0].first) &&
      !TITLE_WORDS.has(bare(words[0].text)) &&
      !HONORIFICS.has(bare(words[0].text)) &&
      !GIVEN_NAMES.has(bare(words[0].text)) &&
      !eastAsianName(words);
    // "Bill" is a law and a given name: before a family name it is the name ("Bill de Blasio").
    const givenFirst = (ws: readonly { text: string }[]) =>
      ws.length > 1 && GIVEN_NAMES.has(bare(ws[0].text)) && !NOT_NAME_WORDS.has(bare(ws[ws.length - 1].text));
    if (
      (NOT_NAME_WORDS.has(bare(words[0].text)) && !givenFirst(words)) ||
      FOREIGN_ARTICLES.has(bare(words[0].text)) ||
      (opener && (words.length >= 3 || (words.length === 2 && TITLE_WORDS.has(bare(words[1].text)))))
    ) {
      i = words[0].last;
      continue;
    }
    // Titles at the front are the role, the rest the name; so is a place before a title ("Indiana Gov. Mike Pence").
    let n = 0;
    while (n < words.length - 1 && (TITLE_WORDS.has(bare(words[n].text)) || HONORIFICS.has(bare(words[n].text)))) n++;
    for (let j = words.length - 2; j > n; j--) {
      // A title ends a role even in the middle of a capitalised run ("Texas Sen. Ted Cruz", "Texas
      // Governor Abbott"), when a name other than a suffix follows it ("Martin Luther King Jr." keeps
      // its "King"); an honorific does too ("Tesla CEO Mr. Musk"). Any other role noun splits only
      // where a full name follows it ("City Administrator Jestin Johnson", not "Duncan Hunter Sr.").
      const word = bare(words[j].text);
      const nameFollows = words.slice(j + 1).some((w) => !NAME_SUFFIX.test(w.text));
      if (
        ((TITLES.has(word) || (HONORIFICS.has(word) && words[j].text.endsWith('.'))) && nameFollows) ||
        (ROLE_NOUNS.has(word) && !GIVEN_NAMES.has(word) && words.length - j > 2)
      ) {
        n = j + 1;
        break;
      }
    }
    const nameWords = words.slice(n);
    // A run that ends in a title or a party label is a description, no name ("Ohio Democrat").
    const lastBare = bare(nameWords[nameWords.length - 1].text);
    const titleOnly = (TITLE_WORDS.has(lastBare) || HONORIFICS.has(lastBare)) && !GIVEN_NAMES.has(bare(nameWords[0].text));
    if (titleOnly || nameWords.some((w, j) => NOT_NAME_WORDS.has(bare(w.text)) && !PARTICLES.has(w.text) && !(j === 0 && givenFirst(nameWords)))) {
      i = lastWord.last;
      continue;
    }
    const first = nameWords[0].first;
    const last = nameWords[nameWords.length - 1].last;
    const titled = n > 0 && words.slice(0, n).some((w) => TITLE_WORDS.has(bare(w.text)) || HONORIFICS.has(bare(w.text)));
    const before = roleBefore(text, tokens, taken, words[0].first, words.slice(0, n));
    const appositive = appositiveAfter(text, tokens, last);
    const commaRole = roleCommaBefore(text, tokens, first);
    const copula = copulaRole(text, tokens, last);
    const single = nameWords.length === 1;
    const credit = creditBefore(text, structure, tokens, first);
    const outer = [bare(nameWords[0].text), bare(nameWords[nameWords.length - 1].text)];
    const evidence =
      titled ||
      before !== null ||
      appositive !== null ||
      copula !== null ||
      commaRole !== null ||
      speechNear(tokens, words[0].first, last) ||
      personAfter(tokens, last) ||
      credit ||
      (!single && (GIVEN_NAMES.has(outer[0]) || eastAsianName(nameWords))) ||
      // "Mr. Kalnins" later: not for a run opening a sentence ("Did Trump", "Candidate Trump").
      (!single && !starts.has(words[0].first) && [nameWords[0].text, nameWords[nameWords.length - 1].text].some((w) => laterHonorific.has(w)));
    // Title-case headlines capitalise every word: there a name needs a title, a credit or a known given name.
    const headline = inHeadline(structure, tokens[first].start) && !titled && !credit && !GIVEN_NAMES.has(outer[0]);
    i = lastWord.last;
    if (nameWords.length > 4 || headline) continue;
    // A single word is a name only with a title right before it ("Mr. Burt", "Director Vogel"; in
    // "Public Safety" only a modifier stands there). Otherwise it may still show that a family name
    // is a person's, for a full name elsewhere.
    const titledSingle = titled && titleRightBefore(tokens, first);
    if ((single && !(titledSingle || (before && titleRightBefore(tokens, first)))) || (single && starts.has(first) && !titledSingle)) {
      const short = bare(nameWords[0].text).replace(/['’]s$/, '');
      if (!PEOPLE_PLURALS.has(short) && (appositive || copula || personAfter(tokens, last) || quotedSpeaker(tokens, first, last))) shownShort.add(short);
      continue;
    }
    const span = nameSpan(tokens, first, last);
    const affiliated = affiliation(text, tokens, first, last, near);
    const role = before ?? appositive ?? copula ?? commaRole ?? (affiliated && { ...affiliated, weak: true });
    found.push({ span, role, first, last, single, evidence, listStart: listTriggerBefore(tokens, first) });
  }
  // "charged five men — A, B and C": a list of names is people when it is introduced as people or one
  // of its names shows it, so every name of it is.
  for (let a = 0; a < found.length;) {
    let b = a;
    let joined = false;
    while (b + 1 < found.length && !found[b + 1].single && !found[b].single && listGap(tokens, found[b].last, found[b + 1].first)) {
      joined ||= tokens.slice(found[b].last + 1, found[b + 1].first).some((t) => t.text === 'and' || t.text === 'or');
      b++;
    }
    // A comma alone joins no list ("In Avoiding Tax, Trump ..."): it needs an "and" or "or".
    if (b > a && joined && (found[a].listStart || found.slice(a, b + 1).some((f) => f.evidence))) for (let k = a; k <= b; k++) found[k].evidence = true;
    // "Police arrested Oluwaseun Bakare": words that introduce only people make even one name a person.
    if (found[a].listStart === 'people' && !found[a].single) found[a].evidence = true;
    a = b + 1;
  }
  poolEvidence(text, tokens, found, shownShort);
  for (const { span, role, first, last, single, evidence } of found) {
    if (!evidence) continue;
    // "Mr. Burt", "President Biden": settled once every full name is known.
    if (single) titledSingles.push({ span, role, first, last });
    else add(text.slice(span.start, span.end), span, role, first, last);
  }

  const shortForms = shortFormIndex(people);
  for (const { span, role, first, last } of titledSingles) {
    const word = text.slice(span.start, span.end);
    const owner = ownerOf(shortForms.get(word), tokens, first);
    add(owner ? owner.name : word, span, role, first, last);
  }
  linkShortForms(text, tokens, taken, used, shortFormIndex(people), add);
  for (const person of people.values()) person.mentions.sort((a, b) => a.start - b.start);
  return { mentions, people: [...people.values()] };
}
