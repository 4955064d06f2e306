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
