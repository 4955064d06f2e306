/**
 * A harness for rule tests: builds the rules' context for a snippet with a small test knowledge base
 * and a simple entity matcher of its own, so rule tests do not depend on the entity stage's progress.
 * `check()` compares a rule's findings with the caret annotations of a fixture.
 */
import { strict as assert } from 'node:assert';
import { findClaims } from '../../../server/src/analysis/claims/claims';
import { indexKnowledge } from '../../../server/src/analysis/entities/knowledge-index';
import { findQuotes } from '../../../server/src/analysis/quotes/quotes';
import { RULES, type RuleContext } from '../../../server/src/analysis/rules/index';
import { structure } from '../../../server/src/analysis/text/structure';
import type { EntityMention, Knowledge, Person, Quote, RuleCode, Span, SpeakerRef } from '../../../server/src/analysis/types';
import { parseFixture, renderAnnotations } from '../fixture';

export const KNOWLEDGE: Knowledge = {
  actors: [
    { id: 'actor:G0007', name: 'APT28', country: 'RU', aliases: ['Fancy Bear', 'Strontium', 'Forest Blizzard', 'Sofacy'].map((name) => ({ name })) },
    { id: 'actor:G1017', name: 'Volt Typhoon', country: 'CN', aliases: [{ name: 'Bronze Silhouette' }] },
    { id: 'actor:G0034', name: 'Sandworm Team', country: 'RU', aliases: ['Sandworm', 'Seashell Blizzard', 'APT44'].map((name) => ({ name })) },
    { id: 'actor:G0032', name: 'Lazarus Group', country: 'KP', aliases: ['Lazarus', 'Diamond Sleet', 'HIDDEN COBRA'].map((name) => ({ name })) },
    { id: 'actor:G0064', name: 'APT33', country: 'IR', aliases: [{ name: 'Peach Sandstorm' }] },
    { id: 'actor:G0059', name: 'Magic Hound', country: 'IR', aliases: ['Charming Kitten', 'APT35', 'Mint Sandstorm'].map((name) => ({ name })) },
    { id: 'actor:unknown-origin', name: 'Scattered Spider', aliases: [] },
  ],
  countries: [
    { code: 'RU', name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], metonyms: ['Kremlin', 'Moscow'] },
    { code: 'CN', name: 'China', aliases: ["People's Republic of China"], demonyms: ['Chinese'], metonyms: ['Beijing'] },
    { code: 'US', name: 'United States', aliases: ['U.S.', 'US', 'America'], demonyms: ['American'], metonyms: ['Washington', 'White House'] },
    { code: 'KP', name: 'North Korea', aliases: [], demonyms: ['North Korean'], metonyms: ['Pyongyang'] },
    { code: 'IR', name: 'Iran', aliases: [], demonyms: ['Iranian'], metonyms: ['Tehran'] },
    { code: 'UA', name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], metonyms: ['Kyiv'] },
    { code: 'GB', name: 'United Kingdom', aliases: ['Britain', 'UK'], demonyms: ['British'], metonyms: [] },
    { code: 'DE', name: 'Germany', aliases: [], demonyms: ['German'], metonyms: ['Berlin'] },
  ],
  organizations: [
    { id: 'org:microsoft', name: 'Microsoft', aliases: [] },
    { id: 'org:mandiant', name: 'Mandiant', aliases: [] },
    { id: 'org:cisa', name: 'Cybersecurity and Infrastructure Security Agency', aliases: ['CISA'], country: 'US' },
    { id: 'org:fbi', name: 'FBI', aliases: [], country: 'US' },
    { id: 'org:justice-department', name: 'Justice Department', aliases: [], country: 'US' },
    { id: 'org:gru', name: 'GRU', aliases: [], country: 'RU' },
    { id: 'org:nsa', name: 'National Security Agency', aliases: ['NSA'], country: 'US' },
  ],
  people: [],
};

export const INDEX = indexKnowledge(KNOWLEDGE);

const NAMES: { name: string; mention: Omit<EntityMention, 'start' | 'end' | 'text'> }[] = [
  ...KNOWLEDGE.actors.flatMap((a) =>
    [a.name, ...a.aliases.map((x) => x.name)].map((name) => ({ name, mention: { kind: 'actor' as const, id: a.id, name: a.name } })),
  ),
  ...KNOWLEDGE.countries.flatMap((c) => [
    ...[c.name, ...c.aliases].map((name) => ({ name, mention: { kind: 'country' as const, id: `country:${c.code}`, name: c.name, form: 'name' as const } })),
    ...c.demonyms.map((name) => ({ name, mention: { kind: 'country' as const, id: `country:${c.code}`, name: c.name, form: 'demonym' as const } })),
    ...c.metonyms.map((name) => ({ name, mention: { kind: 'country' as const, id: `country:${c.code}`, name: c.name, form: 'metonym' as const } })),
  ]),
  ...KNOWLEDGE.organizations.flatMap((o) =>
    [o.name, ...o.aliases].map((name) => ({ name, mention: { kind: 'organization' as const, id: o.id, name: o.name } })),
  ),
].sort((a, b) => b.name.length - a.name.length);

/** Exact, case-sensitive mentions of the test knowledge's names at word boundaries, longest first. */
export function mentionsOf(text: string, extra: { name: string; id: string; kind: EntityMention['kind'] }[] = []): EntityMention[] {
  const found: EntityMention[] = [];
  const taken = new Uint8Array(text.length);
  const all = [...extra.map((e) => ({ name: e.name, mention: { kind: e.kind, id: e.id, name: e.name } })), ...NAMES];
  for (const { name, mention } of all) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index;
      const end = start + name.length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      found.push({ ...mention, start, end, text: name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Simple double-quote pairs within a paragraph, each without a speaker, for quote-rule tests. */
export function quotesOf(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/(["“])([^"“”\n]*)(["”])/g)) {
    quotes.push({ start: m.index, end: m.index + m[0].length, text: m[0], content: { start: m.index + 1, end: m.index + m[0].length - 1 }, speaker: null });
  }
  return quotes;
}

/** A speaker reference to the first occurrence of `mention` at or after `from`. */
export function speaker(text: string, mention: string, via: SpeakerRef['via'], id = '', from = 0): SpeakerRef {
  const start = text.indexOf(mention, from);
  return { start, end: start + mention.length, text: mention, name: id ? mention : '', id, via };
}

/** A person with every exact occurrence of their full and short names as mentions. */
export function person(text: string, name: string, role: string | null, short = name.split(' ').pop()!): Person {
  const mentions: Span[] = [];
  for (const form of new Set([name, short])) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (!mentions.some((m) => m.start <= i && i < m.end)) mentions.push({ start: i, end: i + form.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name, role, mentions };
}

/** Parts of the context a test may set by hand (computed from the snippet's text). */
export type Overrides = Partial<Pick<RuleContext, 'entities' | 'quotes' | 'people' | 'unbalanced'>>;

/** The rules' context for a snippet: real structure, quotes and claims stages, the test entity matcher. */
export function contextFor(text: string, overrides: Overrides = {}): RuleContext {
  const s = structure(text);
  const entities = overrides.entities ?? mentionsOf(text);
  const found = findQuotes(text, s);
  const quotes = overrides.quotes ?? found.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end), speaker: null }));
  const unbalanced = overrides.unbalanced ?? found.unbalanced;
  const people = overrides.people ?? [];
  const claims = findClaims(text, s, entities, quotes, unbalanced);
  return { text, structure: s, entities, quotes, people, unbalanced, index: INDEX, claims };
}

/** The findings of one rule on a snippet. */
export function run(code: RuleCode, text: string, overrides: Overrides | ((text: string) => Overrides) = {}) {
  const rule = RULES.find((r) => r.code === code);
  assert.ok(rule, `no rule ${code}`);
  return rule.check(contextFor(text, typeof overrides === 'function' ? overrides(text) : overrides));
}

/**
 * Checks that a rule's findings on a fixture are exactly the spans annotated with its code. A fixture
 * without annotations for the code expects no finding at all.
 */
export function check(code: RuleCode, source: string, overrides: Overrides | ((text: string) => Overrides) = {}): void {
  const { text, annotations } = parseFixture(source);
  const actual = run(code, text, overrides).map((f) => ({ start: f.start, end: f.end, label: code }));
  const expected = annotations.filter((a) => a.label === code);
  assert.equal(renderAnnotations(text, actual), renderAnnotations(text, expected));
}

/** The text after applying the first fix of the first finding of a rule. */
export function fixed(code: RuleCode, text: string, overrides: Overrides | ((text: string) => Overrides) = {}, fixIndex = 0): string {
  const [finding] = run(code, text, overrides);
  assert.ok(finding, `no ${code} finding in: ${text}`);
  const fix = finding.data?.fixes?.[fixIndex];
  assert.ok(fix, `no fix ${fixIndex} for ${code}`);
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
