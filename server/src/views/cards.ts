/**
 * Markdown cards describing an entity or a quote, composed only from structured fields (never from
 * upstream prose). Hovers and the report both use them; nothing here knows LSP types.
 */
import type { KnowledgeIndex } from '../analysis/entities/knowledge-index';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import type { Actor, Analysis, Country, EntityMention, Organization, Person, Quote } from '../analysis/types';

interface Lookup {
  actors: Map<string, Actor>;
  countries: Map<string, Country>;
  organizations: Map<string, Organization>;
}

/**
 * Id-keyed maps over the knowledge: the index's own, with countries keyed by their `country:` id as
 * mentions carry it.
 */
export function lookup(index: KnowledgeIndex): Lookup {
  let countries = countryIds.get(index);
  if (!countries) {
    countries = new Map([...index.countriesByCode].map(([code, c]) => [`country:${code}`, c]));
    countryIds.set(index, countries);
  }
  return { actors: index.actorsById, countries, organizations: index.organizationsById };
}

const countryIds = new WeakMap<KnowledgeIndex, Map<string, Country>>();

/** Escapes Markdown so names and quoted words render literally. */
export function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/**
 * A country as text a reader can read anywhere: its name and ISO code ("Russia (RU)"). Flags are
 * regional-indicator emoji that many systems draw as boxes or letters, so labels never rely on them.
 */
export function countryLabel(index: KnowledgeIndex, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const country = lookup(index).countries.get(`country:${code}`);
  return country ? `${country.name} (${code})` : code;
}

/**
 * A threat actor's card, leading with the answer: the name as written and who coined it, the group
 * it is, and whose state is said to be behind it; then, after a rule and kept short, other names,
 * tools, targets and the ATT&CK link. `written` is the name as the article gives it, if known.
 */
export function actorCard(index: KnowledgeIndex, actor: Actor, analysis?: Analysis, written?: string): string {
  const asWritten = written && written.toLowerCase() !== actor.name.toLowerCase() ? written : undefined;
  const coiner = asWritten ? actor.aliases.find((a) => a.name.toLowerCase() === asWritten.toLowerCase())?.source : undefined;
  const lines = [asWritten ? `### ${md(asWritten)} → ${md(actor.name)}` : `### ${md(actor.name)}`];
  lines.push(asWritten ? `*Threat actor: ${coiner ? `${md(coiner)}’s name for` : 'another name of'} the group ${md(actor.name)}*` : '*Threat actor*', '');
  const country = countryLabel(index, actor.country);
  if (country) lines.push(`**Attributed to:** ${md(country)}${actor.sponsor ? ` — ${md(actor.sponsor)}` : ''}  `);
  else if (actor.sponsor) lines.push(`**Suspected sponsor:** ${md(actor.sponsor)}  `);
  else lines.push('**Attributed to:** no state, in the pinned sources  ');
  const details: string[] = [];
  const others = otherNames(actor, 5);
  if (others) details.push(`**Other names:** ${others}  `);
  if (analysis) {
    const forms = [...new Set(analysis.entities.filter((e) => e.id === actor.id).map((e) => e.text))];
    if (forms.length > 1) details.push(`**In this article as:** ${forms.map(md).join(', ')}  `);
  }
  if (actor.software?.length) details.push(`**Tools:** ${actor.software.slice(0, 5).map(md).join(', ')}${actor.software.length > 5 ? ', …' : ''}  `);
  if (actor.targets?.length) details.push(`**Targets:** ${actor.targets.slice(0, 5).map(md).join(', ')}${actor.targets.length > 5 ? ', …' : ''}  `);
  if (actor.firstSeen) details.push(`**First seen:** ${actor.firstSeen}  `);
  if (actor.attackId) details.push(`[MITRE ATT&CK® ${actor.attackId}](https://attack.mitre.org/groups/${actor.attackId}/)`);
  if (details.length) lines.push('', '---', '', ...details);
  return lines.join('\n');
}

/** Vendors whose names readers meet most, listed first; the others follow alphabetically. */
const PROMINENT = [
  'Microsoft',
  'CrowdStrike',
  'Mandiant',
  'Google',
  'Proofpoint',
  'Palo Alto Networks',
  'Secureworks',
  'Kaspersky',
  'ESET',
  'Symantec',
  'Trend Micro',
];

/**
 * Other names, grouped by who coined them, the best-known vendors first ("Forest Blizzard,
 * STRONTIUM (Microsoft) · Fancy Bear (CrowdStrike)"), then the names nobody is credited with; at
 * most `max` entries, and how many more there are.
 */
function otherNames(actor: Actor, max: number): string {
  const seen = new Set<string>([actor.name.toLowerCase()]);
  const bySource = new Map<string, string[]>();
  const uncredited: string[] = [];
  for (const alias of actor.aliases) {
    const key = alias.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (alias.source) bySource.set(alias.source, [...(bySource.get(alias.source) ?? []), alias.name]);
    else uncredited.push(alias.name);
  }
  const rank = (source: string) => (PROMINENT.includes(source) ? PROMINENT.indexOf(source) : PROMINENT.length);
  const sources = [...bySource.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const entries = [...sources.map((source) => `${bySource.get(source)!.map(md).join(', ')} (${md(source)})`), ...uncredited.map(md)];
  const more = entries.length - max;
  return entries.slice(0, max).join(' · ') + (more > 0 ? ` · and ${more} more` : '');
}

export function countryCard(index: KnowledgeIndex, mention: EntityMention, analysis?: Analysis): string {
  const country = lookup(index).countries.get(mention.id);
  const code = mention.id.replace('country:', '');
  const name = country?.name ?? mention.name;
  const form =
    mention.form === 'metonym'
      ? `*“${md(mention.text)}” stands for the state of ${md(name)}*`
      : mention.form === 'demonym'
        ? `*“${md(mention.text)}”: of ${md(name)}*`
        : '*Country*';
  const lines = [`### ${md(name)} (${code})`, form, ''];
  if (analysis) {
    const mentions = analysis.entities.filter((e) => e.id === mention.id);
    const forms = [...new Set(mentions.map((e) => e.text))];
    lines.push(`**In this article:** ${mentions.length} mention${mentions.length === 1 ? '' : 's'}, as ${forms.map(md).join(', ')}  `);
    // The threat actors the article names whose profiles attribute them to this country.
    const actors = new Map<string, string>();
    for (const e of analysis.entities) {
      if (e.kind === 'actor' && lookup(index).actors.get(e.id)?.country === code) actors.set(e.id, e.name);
    }
    if (actors.size) lines.push(`**Threat actors here attributed to it:** ${[...actors.values()].map(md).join(', ')}  `);
  }
  return lines.join('\n');
}

export function organizationCard(index: KnowledgeIndex, mention: EntityMention, analysis?: Analysis): string {
  const org = lookup(index).organizations.get(mention.id);
  const name = org?.name ?? mention.name;
  const lines = [`### ${md(name)}`, `*Organization${org?.description ? ` — ${md(org.description)}` : ''}*`];
  const country = countryLabel(index, org?.country);
  if (country) lines.push('', `**Country:** ${country}`);
  if (org?.aliases.length) lines.push(`**Also:** ${org.aliases.map(md).join(', ')}`);
  if (analysis) {
    const statements = analysis.quotes.filter((q) => q.speaker?.id === mention.id && !q.fragment);
    if (statements.length) {
      lines.push('', `**Its statements in this article (${statements.length}):**`);
      for (const q of statements.slice(0, 3)) lines.push(`- ${md(excerpt(q.text, 120))}`);
    }
    // People the article ties to it: their role names it, or one of its other names.
    const names = [name, mention.text, ...(org?.aliases ?? [])].filter((n) => n.length > 2).map((n) => n.toLowerCase());
    const people = analysis.people.filter((p) => p.role && names.some((n) => p.role!.toLowerCase().includes(n)));
    if (people.length) lines.push('', `**People tied to it here:** ${people.map((p) => `${md(p.name)} (${md(p.role!)})`).join('; ')}`);
  }
  return lines.join('\n');
}

export function personCard(person: Person, analysis: Analysis, text?: string, elsewhere: { file: string; role: string }[] = []): string {
  const starts = text === undefined ? undefined : lineStarts(text);
  const where = (offset: number) => (starts ? ` (line ${lineColumn(starts, offset).line + 1})` : '');
  const lines = [
    `### ${md(person.name)}`,
    person.role ? `*${md(person.role)}*${person.roleSpan ? where(person.roleSpan.start) : ''}` : '*No role or affiliation given in the article*',
  ];
  const quotes = analysis.quotes.filter((q) => q.speaker?.id === person.id);
  if (quotes.length) {
    lines.push('', `**Quoted ${quotes.length} time${quotes.length === 1 ? '' : 's'}:**`);
    for (const q of quotes.slice(0, 5)) lines.push(`- ${md(excerpt(q.text, 140))}${where(q.start)}`);
    if (quotes.length > 5) lines.push(`- … and ${quotes.length - 5} more`);
  }
  if (elsewhere.length) {
    lines.push('', '**In other articles of the workspace:**');
    for (const e of elsewhere) lines.push(`- ${md(e.role)} (*${md(e.file)}*)`);
  }
  return lines.join('\n');
}

/**
 * One line on who said the quote around a mention and how NewsLens read it: the attribution as
 * written and whom it resolves to ("“he added” → Tom Vance, the speaker of the last quote").
 */
export function quoteLine(quote: Quote): string {
  const s = quote.speaker;
  if (!s) return '*Inside a quote NewsLens could not attribute.*';
  const how =
    s.via === 'pronoun'
      ? 'a pronoun, read as the person in view'
      : s.via === 'nominal'
        ? 'a description'
        : s.text === s.name
          ? 'named'
          : 'a short form of the name';
  const who = s.name ? `**${md(s.name)}**` : '*someone the article does not name*';
  return `*Inside a quote:* “${md(s.text)}” → ${s.confidence === 'low' ? 'probably ' : ''}${who} (${how})`;
}

export function quoteCard(quote: Quote, analysis: Analysis): string {
  const s = quote.speaker;
  if (!s) return '**Quote** — *no speaker found*';
  // Someone met only by a role ("the mayor"): the article does not name them.
  if (!s.id && s.name) return `**Quote** — said by ${md(s.name)} (*not named in the article*)${s.text !== s.name ? ` (as “${md(s.text)}”)` : ''}`;
  if (!s.id) return `**Quote** — attributed to “${md(s.text)}”, *who could not be resolved*`;
  const person = analysis.people.find((p) => p.id === s.id);
  const role = person?.role ? `, ${md(person.role)}` : '';
  // A reading another fitting person could take is a guess, and the card says so.
  const said = s.confidence === 'low' ? 'probably said by' : 'said by';
  return `**Quote** — ${said} **${md(s.name)}**${role}${s.text !== s.name ? ` (as “${md(s.text)}”)` : ''}`;
}

/** The first `max` characters of `text`, cut at a word and marked. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)) + '…';
}
