/**
 * Evidence of people from where a name stands rather than from the words next to it:
 * after an author credit ("Reporting by", a byline), after an honorific elsewhere in the text, or in
 * a list that words before it introduce as people ("charged five men — A, B and C").
 */
import { CREDIT_WORDS, HONORIFICS } from '../../lexicon/people';
import { spanIndexAt } from '../../text/spans';
import type { Structure, Token } from '../../types';

/**
 * An author credit before the name: a byline paragraph ("By Helena Marsh", "**By ...**", "Issue 112,
 * by ..."), or "by" after a credit word anywhere ("(Reporting by ... ; Editing by ...)", "An analysis by").
 */
export function creditBefore(text: string, structure: Structure, tokens: readonly Token[], first: number): boolean {
  const paragraph = structure.paragraphs[spanIndexAt(structure.paragraphs, tokens[first].start)];
  if (!paragraph) return false;
  if (paragraph.kind === 'byline' && first > 0 && /^by$/i.test(tokens[first - 1].text)) return true;
  if (paragraph.kind === 'byline' && /^by\s/i.test(text.slice(paragraph.start, paragraph.start + 3))) return true;
  const by = tokens[first - 1];
  if (!by || !/^by$/i.test(by.text)) return false;
  const credit = tokens[first - 2];
  if (credit && credit.kind === 'word' && CREDIT_WORDS.has(credit.text.toLowerCase())) return true;
  // A short line where "by" comes early: a byline however it is decorated.
  return paragraph.end - paragraph.start <= 100 && by.start - paragraph.start <= 40;
}

/** Words written after an honorific anywhere in the text ("Mr. Gao", "Ms. Tan"): family names. */
export function honorificNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HONORIFICS.has(tokens[i].text.toLowerCase())) continue;
    const k = tokens[i + 1].text === '.' ? i + 2 : i + 1;
    if (tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) out.add(tokens[k].text.replace(/['’]s$/, ''));
  }
  return out;
}

/** Words that, before a list of names, say the names are people ("charged five men —", "identified as"). */
const LIST_TRIGGERS =
  /^(charged|indicted|named|identified|arrested|sentenced|accused|sanctioned|convicted|extradited|detained|men|women|people|individuals|suspects|defendants|nationals|officers|officials|members|employees|brothers|sisters)$/i;

/** Of those, the ones that introduce nothing but people, so that even one name after them is a person. */
const PEOPLE_ONLY_TRIGGERS =
  /^(indicted|arrested|sentenced|convicted|extradited|detained|men|women|people|individuals|suspects|defendants|nationals|brothers|sisters)$/i;

/**
 * Whether the words right before token `first` introduce a list of people: 'people' when they
 * introduce nothing else ("arrested", "two men:"), 'list' when a list after them is of people
 * ("charged", "named"), null otherwise.
 */
export function listTriggerBefore(tokens: readonly Token[], first: number): 'people' | 'list' | null {
  let k = first - 1;
  while (k >= 0 && /^([,:—–(]|as|were|was|are|is)$/.test(tokens[k].text) && first - k <= 3) k--;
  if (k < 0 || !LIST_TRIGGERS.test(tokens[k].text)) return null;
  return PEOPLE_ONLY_TRIGGERS.test(tokens[k].text) ? 'people' : 'list';
}
