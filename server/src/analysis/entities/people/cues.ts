/**
 * The evidence around a capitalised name that it names a person: a role before it or an appositive
 * after it, a speech or action verb, an age (", 35,"), "who", "his"/"her", an affiliation. Where the
 * name stands (a credit, a headline, a list of people) is read by placement.ts. people.ts decides
 * with these; they only read the text.
 */
import { ACTION_VERBS, HONORIFICS, PERSON_PASSIVES, ROLE_NOUNS, TITLE_WORDS } from '../../lexicon/people';
import { isSpeechForm } from '../../lexicon/speech';
import { isAsideDash } from '../../text/structure';
import type { Span, Token } from '../../types';

/** A name word: tokens [first, last] and its text. */
export interface Word {
  first: number;
  last: number;
  text: string;
}

export const bare = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** A word shaped like part of a name: capitalised ("Vance", "O'Neill", "McConnell", an initial), no contraction ("Don't"). */
export const isNameWord = (s: string) => !/n['’]t$/.test(s) && (/^\p{Lu}[\p{Ll}\p{M}'’]/u.test(s) || /^\p{Lu}$/u.test(s) || /^(Mc|Mac|O['’])\p{Lu}/u.test(s));

/**
 * The role stated right before a name: title words in the name run, with any organization or country
 * mention and lower-case role words just before them ("FBI Director", "Microsoft security researcher").
 */
export function roleBefore(text: string, tokens: readonly Token[], taken: Uint8Array, runStart: number, titles: Word[]): { text: string; span: Span } | null {
  let from = runStart;
  let k = runStart - 1;
  while (k >= 0 && runStart - k < 8) {
    const token = tokens[k];
    if (text.slice(token.end, tokens[k + 1].start) !== ' ' && !(token.text === '-' || tokens[k + 1].text === '-')) break;
    const lower = bare(token.text);
    // "Secretary of State", "Minister for Digital Affairs": a connector after a title word.
    const connector = (lower === 'of' || lower === 'for') && k > 0 && TITLE_WORDS.has(bare(tokens[k - 1].text)) && /^\p{Lu}/u.test(tokens[k - 1].text);
    if (
      connector ||
      taken[k] ||
      ROLE_NOUNS.has(lower) ||
      TITLE_WORDS.has(lower) ||
      /^(security|cyber|threat|intelligence|senior|former|chief|principal|lead|staff|research|policy|technology|information)$/.test(lower) ||
      token.text === '-'
    ) {
      from = k;
      k--;
      continue;
    }
    break;
  }
  const roleWords = titles.filter((w) => !HONORIFICS.has(bare(w.text)));
  const hasHead = [...Array(runStart - from).keys()].some((d) => ROLE_NOUNS.has(bare(tokens[from + d].text)) || TITLE_WORDS.has(bare(tokens[from + d].text)));
  // A lone organization or country before a name ("Microsoft Jane Roe") is no role.
  if (roleWords.length === 0 && !hasHead) return null;
  const end = roleWords.length ? tokens[roleWords[roleWords.length - 1].last].end : tokens[runStart - 1].end;
  const start = tokens[from].start;
  return { text: text.slice(start, end), span: { start, end } };
}

/**
 * After a name ending at token `last`, the last token of an age between commas (", 44,") when there is
 * one, so that what follows the age reads as if it followed the name; else `last`.
 */
function pastAge(tokens: readonly Token[], last: number): number {
  return tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'number' && tokens[last + 3]?.text === ',' ? last + 3 : last;
}

/** Verbs of a job in a relative clause ("who leads", "who ran"). */
const DUTY_VERBS =
  /^(leads|led|runs|ran|heads|headed|directs|directed|founded|co-founded|manages|managed|oversees|oversaw|chairs|chaired|works|worked|serves|served|teaches|taught|represents|represented|advises|advised|covers|covered|studies|studied)$/;

/**
 * ", Microsoft's corporate vice president for customer security and trust," after a name, also after
 * an age (", 44, a former analyst").
 */
export function appositiveAfter(text: string, tokens: readonly Token[], last: number): { text: string; span: Span } | null {
  // The age's closing comma opens the appositive.
  const aged = pastAge(tokens, last);
  if (aged !== last) last = aged - 1;
  const comma = tokens[last + 1];
  if (!comma || comma.text !== ',') return null;
  let k = last + 2;
  const first = k;
  // A dash aside ("—", "--", " - ") ends the appositive as a comma does.
  while (k < tokens.length && !/^[,.;:()"“”]$/.test(tokens[k].text) && !isAsideDash(text, tokens, k) && k - first < 30) k++;
  if (k === first || k - first >= 30) return null;
  const words = tokens.slice(first, k).map((t) => bare(t.text));
  if (isSpeechForm(words[0], words[1]) || /^(and|but|or|which|where|when|he|she|they|it|we|i)$/.test(words[0])) return null;
  const opener = /^(the|a|an|his|her|their|its|who|now|then|former|currently)$/.test(words[0]) || /['’]s$/.test(tokens[first].text);
  const head = words.slice(0, 8).some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/, '')));
  // ", who leads threat research at Sophos,": what the person does is the role.
  const duty = words[0] === 'who' && DUTY_VERBS.test(words[1] ?? '');
  if (!duty && (!head || (!opener && !ROLE_NOUNS.has(words[0]) && !TITLE_WORDS.has(words[0])))) return null;
  let startToken = first;
  if (words[0] === 'who' && /^(is|was)$/.test(words[1] ?? '')) startToken += 2;
  else if (duty) startToken += 1;
  const start = tokens[startToken].start;
  const end = tokens[k - 1].end;
  return { text: text.slice(start, end), span: { start, end } };
}

/** A speech verb right after the name (or its appositive), or right before it. */
export function speechNear(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && isSpeechForm(after.text.toLowerCase(), tokens[last + 2]?.text.toLowerCase())) return true;
  // "Ortega Ruiz later said".
  if (
    after &&
    /^(also|later|then|again|separately|previously|further)$/.test(after.text) &&
    isSpeechForm(tokens[last + 2]?.text.toLowerCase() ?? '', tokens[last + 3]?.text.toLowerCase())
  )
    return true;
  const before = tokens[first - 1];
  if (before && isSpeechForm(before.text.toLowerCase(), tokens[first]?.text.toLowerCase(), true)) return true;
  // "..., Jane Roe said" after a comma or a closing quote.
  const twoBefore = tokens[first - 2];
  if (
    before &&
    /^[,"”]$/.test(before.text) &&
    twoBefore &&
    /^["”,]$/.test(twoBefore.text) &&
    after &&
    isSpeechForm(after.text.toLowerCase(), tokens[last + 2]?.text.toLowerCase())
  )
    return true;
  if (after?.text === ',') {
    // The verb after an appositive: "Tom Burt, Microsoft's vice president, said".
    for (let k = last + 2, commas = 0; k < tokens.length && k < last + 40; k++) {
      if (tokens[k].text === '.' || tokens[k].text === ';') break;
      if (tokens[k].text === ',') commas++;
      else if (commas === 1 && isSpeechForm(tokens[k].text.toLowerCase(), tokens[k + 1]?.text.toLowerCase()) && tokens[k - 1].text === ',') return true;
    }
  }
  return false;
}

/**
 * What only a person is said to have or do right after the name: an age (", 35," or "(35)"), an
 * action verb ("denied", "pleaded") or a passive that happens to people ("was arrested").
 */
export function personAfter(tokens: readonly Token[], last: number): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  if (!a) return false;
  if (a.text === ',' && b?.kind === 'number' && /^\d{1,2}$/.test(b.text) && (!c || /^[,.;)]$/.test(c.text))) return true;
  if (a.text === '(' && b?.kind === 'number' && /^\d{1,2}$/.test(b.text) && c?.text === ')') return true;
  if (a.text === ',' && b?.text === 'aged') return true;
  // "Farhad Rostami, who ran the unit": organizations take "which".
  if (a.text === ',' && /^(who|whom)$/.test(b?.text ?? '')) return true;
  const lower = a.text.toLowerCase();
  if (ACTION_VERBS.has(lower)) return true;
  // "Shor has denied the accusations".
  if (/^(has|had)$/.test(lower) && ACTION_VERBS.has(b?.text.toLowerCase() ?? '')) return true;
  // "Vance's lawyer", "Kalnins's wife": what only a person has.
  if (/['’]s$/.test(tokens[last].text) && KIN.has(lower)) return true;
  // "Vance keeps her shoebox", "Tan and his brother": organizations take "its".
  if (/^(his|her|himself|herself)$/.test(lower)) return true;
  if (
    /^(his|her|himself|herself)$/.test(b?.text ?? '') &&
    (/^\p{Ll}{2,}(s|ed)$/u.test(a.text) || OWN_VERBS.has(a.text)) &&
    !/^(is|was|has|as|does)$/.test(a.text)
  )
    return true;
  return /^(was|were|is|has been|had been)$/.test(lower) && PERSON_PASSIVES.has(b?.text.toLowerCase() ?? '');
}

/** Irregular past tenses that take "his"/"her" after a subject ("Tan spent his savings"). */
const OWN_VERBS = new Set('had made took spent left lost kept began gave got put won ran sold built led told said wrote met paid found quit'.split(' '));

/** Relatives and representatives that only a person has. */
const KIN = new Set(
  'lawyer lawyers attorney attorneys wife husband son sons daughter daughters father mother brother brothers sister sisters parents family widow widower girlfriend boyfriend fiancée fiancé children biographer'.split(
    ' ',
  ),
);

/** Role nouns that organizations are said to be as often as people ("a member of the alliance"). */
const SHARED_ROLES = new Set([
  'member',
  'partner',
  'owner',
  'operator',
  'leader',
  'lead',
  'head',
  'provider',
  'agent',
  'founder',
  'co-founder',
  'cofounder',
  'author',
]);

/**
 * "X is a former senior adviser at CISA": a role after "is"/"was", within a few words of the article,
 * as the article states it (to the end of the clause).
 */
export function copulaRole(text: string, tokens: readonly Token[], last: number): { text: string; span: Span } | null {
  // "Hnatiuk, 38, is a senior analyst".
  last = pastAge(tokens, last);
  if (!/^(is|was)$/.test(tokens[last + 1]?.text ?? '')) return null;
  const first = last + 2;
  if (!/^(a|an|the)$/i.test(tokens[first]?.text ?? '')) return null;
  let head = -1;
  for (let k = first + 1; k < tokens.length && k <= first + 5; k++) {
    const token = tokens[k];
    if (token.kind !== 'word' && token.text !== '-') break;
    const word = bare(token.text);
    if (ROLE_NOUNS.has(word) && !SHARED_ROLES.has(word)) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  let end = head;
  while (end + 1 < tokens.length && end - first < 25 && !/^[,.;:()—–"“”]$/.test(tokens[end + 1].text) && !/^(who|which|and|but)$/.test(tokens[end + 1].text))
    end++;
  const start = tokens[first].start;
  return { text: text.slice(start, tokens[end].end), span: { start, end: tokens[end].end } };
}

/**
 * An affiliation given with the name when no role is: "Mandiant's Orla Brennan", "Kofi Mensah of
 * Microsoft", "Ines Duarte at the NSA". `near` finds the organization or country mention that ends
 * (or starts) at an offset. The role is the affiliation's name as the article writes it.
 */
export function affiliation(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  near: { endingAt: (offset: number) => Span | undefined; startingAt: (offset: number) => Span | undefined },
): { text: string; span: Span } | null {
  const before = tokens[first - 1];
  if (before && /['’]s?$/.test(before.text) && before.end === tokens[first].start - 1) {
    const owner = near.endingAt(before.end - (/s$/.test(before.text) ? 2 : 1));
    if (owner) return { text: text.slice(owner.start, owner.end), span: owner };
  }
  if (!/^(of|at|from)$/.test(tokens[last + 1]?.text ?? '')) return null;
  const k = /^the$/i.test(tokens[last + 2]?.text ?? '') ? last + 3 : last + 2;
  const org = tokens[k] && near.startingAt(tokens[k].start);
  return org ? { text: text.slice(org.start, org.end), span: org } : null;
}

/**
 * A role and a comma right before a name: "a Moldovan national, Radu Cebotaru", "The former
 * parliamentary researcher, Harriet Osei-Bonsu," — the role runs back to its article.
 */
export function roleCommaBefore(text: string, tokens: readonly Token[], first: number): { text: string; span: Span } | null {
  if (tokens[first - 1]?.text !== ',') return null;
  // "national" and "resident" are people only here: "National" opens names ("National Convention").
  const isRole = (k: number) => {
    const noun = bare(tokens[k]?.text ?? '');
    return ROLE_NOUNS.has(noun) || /^(national|citizen|resident|native)$/.test(noun);
  };
  for (let k = first - 2; k >= 0 && first - k <= 12; k--) {
    const token = tokens[k];
    // Words, hyphens and an abbreviation's period ("A lawyer for Ms. Adeyemi, Jacob Feldstein").
    const abbreviation = token.text === '.' && tokens[k - 1]?.end === token.start && /^\p{Lu}\p{Ll}{0,2}$/u.test(tokens[k - 1].text);
    if (token.kind !== 'word' && token.text !== '-' && !abbreviation) return null;
    if (/^(a|an|the)$/i.test(token.text)) {
      // The role noun heads the phrase: right after the article and its modifiers, before any "for"/"of".
      let h = k + 1;
      while (h < first - 1 && !isRole(h) && !/^(for|of|at|to|with)$/.test(tokens[h].text)) h++;
      if (h >= first - 1 || !isRole(h)) return null;
      const span = { start: token.start, end: tokens[first - 2].end };
      return { text: text.slice(span.start, span.end), span };
    }
  }
  return null;
}
