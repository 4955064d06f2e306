/**
 * The attribution report: who is named, who said what, and what needs a source, as Markdown. The
 * `NewsLens: Show Attribution Report` command and the CLI's `--format markdown` both print it.
 */
import type { KnowledgeIndex } from '../analysis/entities/knowledge-index';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import type { Analysis } from '../analysis/types';
import { countryLabel, excerpt, lookup, md } from './cards';

export function reportMarkdown(path: string, text: string, analysis: Analysis, index: KnowledgeIndex): string {
  const starts = lineStarts(text);
  const line = (offset: number) => lineColumn(starts, offset).line + 1;
  const name = path.split(/[\\/]/).pop() ?? path;
  const out: string[] = [`# Attribution report: ${md(decodeURIComponent(name))}`, ''];
  const quotes = analysis.quotes.filter((q) => !q.fragment);
  const attributed = quotes.filter((q) => q.speaker?.id).length;
  out.push(
    `${quotes.length} quote${quotes.length === 1 ? '' : 's'} (${attributed} attributed), ` +
      `${analysis.people.length} ${analysis.people.length === 1 ? 'person' : 'people'}, ` +
      `${new Set(analysis.entities.filter((e) => e.kind === 'actor').map((e) => e.id)).size} threat actors, ` +
      `${analysis.findings.length} finding${analysis.findings.length === 1 ? '' : 's'}.`,
    '',
  );
  if (analysis.problems.length) out.push('> ' + analysis.problems.map(md).join('\n> '), '');

  if (analysis.people.length) {
    out.push('## People', '', '| Name | Role as given | Quotes |', '| --- | --- | --- |');
    for (const p of analysis.people) {
      const count = quotes.filter((q) => q.speaker?.id === p.id).length;
      out.push(`| ${md(p.name)} | ${p.role ? md(p.role) : '*none given*'} | ${count} |`);
    }
    out.push('');
  }

  const actors = new Map<string, string[]>();
  for (const e of analysis.entities) if (e.kind === 'actor') actors.set(e.id, [...(actors.get(e.id) ?? []), e.text]);
  if (actors.size) {
    out.push('## Threat actors', '', '| Actor | Attributed to | Named here as |', '| --- | --- | --- |');
    for (const [id, forms] of actors) {
      const actor = lookup(index).actors.get(id);
      out.push(`| ${md(actor?.name ?? id)} | ${countryLabel(index, actor?.country) ?? '—'} | ${[...new Set(forms)].map(md).join(', ')} |`);
    }
    out.push('');
  }

  if (quotes.length) {
    out.push('## Who said what', '');
    for (const q of quotes) {
      const who = q.speaker ? (q.speaker.id ? `**${md(q.speaker.name)}**` : `*unresolved “${md(q.speaker.text)}”*`) : '*no speaker*';
      out.push(`- line ${line(q.start)}, ${who}: ${md(excerpt(q.text, 160))}`);
    }
    out.push('');
  }

  if (analysis.findings.length) {
    out.push('## Findings', '');
    for (const f of analysis.findings) out.push(`- line ${line(f.start)}, \`${f.code}\` (${f.severity}): ${md(f.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The report's figures, for the report view's charts (plain JSON; the client draws them). */
export interface ReportData {
  title: string;
  /** Quotes and sources by kind: a named person, an organization, an unresolved or unnamed speaker, none at all. */
  sources: { label: string; count: number; kind: 'person' | 'organization' | 'vague' | 'none' }[];
  /** Full quotes per speaker, most quoted first. */
  speakers: { name: string; role: string | null; count: number }[];
  /** Attribution gaps (findings) per paragraph of the body, in order, with the paragraph's first line. */
  gaps: { paragraph: number; line: number; count: number; codes: string[] }[];
  /** The text report, for the view's details. */
  markdown: string;
  problems: string[];
}

export function reportData(path: string, text: string, analysis: Analysis, index: KnowledgeIndex): ReportData {
  const starts = lineStarts(text);
  const line = (offset: number) => lineColumn(starts, offset).line + 1;
  const quotes = analysis.quotes.filter((q) => !q.fragment);
  const kindOf = (id: string) => (id.startsWith('person:') ? 'person' : 'organization');
  const counts = { person: 0, organization: 0, vague: 0, none: 0 };
  for (const q of quotes) counts[!q.speaker ? 'none' : !q.speaker.id ? 'vague' : kindOf(q.speaker.id)]++;
  const vague = analysis.findings.filter((f) => f.code === 'vague-source').length;
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker?.id) bySpeaker.set(q.speaker.id, (bySpeaker.get(q.speaker.id) ?? 0) + 1);
  const speakers = [...bySpeaker]
    .map(([id, count]) => {
      const person = analysis.people.find((p) => p.id === id);
      const name = person?.name ?? quotes.find((q) => q.speaker?.id === id)!.speaker!.name;
      return { name, role: person?.role ?? null, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const gaps: ReportData['gaps'] = [];
  let body = 0;
  for (const paragraph of analysis.structure.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    body++;
    const inside = analysis.findings.filter((f) => f.start >= paragraph.start && f.start < paragraph.end);
    gaps.push({ paragraph: body, line: line(paragraph.start), count: inside.length, codes: [...new Set(inside.map((f) => f.code))] });
  }
  return {
    title: decodeURIComponent(path.split(/[\\/]/).pop() ?? path),
    sources: [
      { label: 'Quotes from named people', count: counts.person, kind: 'person' },
      { label: 'Quotes from organizations', count: counts.organization, kind: 'organization' },
      { label: 'Quotes from someone unnamed', count: counts.vague, kind: 'vague' },
      { label: 'Vague sources (“officials said”)', count: vague, kind: 'vague' },
      { label: 'Quotes with no speaker', count: counts.none, kind: 'none' },
    ],
    speakers,
    gaps,
    markdown: reportMarkdown(path, text, analysis, index),
    problems: analysis.problems,
  };
}
