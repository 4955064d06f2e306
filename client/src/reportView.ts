/**
 * The attribution report as a picture: a webview with bar charts of the article's sources by kind,
 * quotes per speaker and attribution gaps per paragraph, drawn as inline SVG in the theme's own
 * colours (VS Code's `--vscode-charts-*` and editor variables), so it reads in light, dark and high
 * contrast themes alike. No scripts run in it. The Markdown text stays one command away, and the
 * CLI's `--format markdown` prints the same text.
 */
import * as vscode from 'vscode';
// What the server's `newslens/reportData` request returns: one type for both ends (a type only,
// nothing of the server is bundled into the client).
import type { ReportData } from '../../server/src/views/report';

const COLOUR: Record<ReportData['sources'][number]['kind'], string> = {
  person: 'var(--vscode-charts-blue)',
  organization: 'var(--vscode-charts-purple)',
  vague: 'var(--vscode-charts-yellow)',
  none: 'var(--vscode-charts-red)',
};

/** Escapes text for HTML. */
function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A horizontal bar chart: one row per item, labels left, bars scaled to the largest value. */
function bars(rows: { label: string; value: number; colour: string; note?: string }[], unit: string): string {
  if (rows.length === 0) return '<p class="empty">Nothing to show.</p>';
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 26;
  const labelWidth = 220;
  const barWidth = 260;
  const body = rows
    .map((r, i) => {
      const y = i * rowHeight;
      const width = Math.round((r.value / max) * barWidth);
      return (
        `<g transform="translate(0 ${y})"><title>${html(`${r.label}: ${r.value} ${unit}${r.note ? ` (${r.note})` : ''}`)}</title>` +
        `<text x="${labelWidth - 8}" y="17" text-anchor="end" class="label">${html(r.label)}</text>` +
        `<rect x="${labelWidth}" y="5" width="${Math.max(width, r.value ? 2 : 0)}" height="16" rx="2" fill="${r.colour}"/>` +
        `<text x="${labelWidth + width + 6}" y="17" class="value">${r.value}${r.note ? ` · ${html(r.note)}` : ''}</text></g>`
      );
    })
    .join('');
  // Scales down with the panel (viewBox), never up past its natural size.
  const width = labelWidth + barWidth + 160;
  const height = rows.length * rowHeight + 4;
  return `<svg role="img" viewBox="0 0 ${width} ${height}" style="width: 100%; max-width: ${width}px" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

/** The report page. */
export function reportHtml(data: ReportData, cspSource: string): string {
  const sources = bars(
    data.sources.map((s) => ({ label: s.label, value: s.count, colour: COLOUR[s.kind] })),
    'quotes or sources',
  );
  const speakers = bars(
    data.speakers.slice(0, 15).map((s) => ({ label: s.name, value: s.count, colour: COLOUR.person, note: s.role ?? 'no role given' })),
    'quotes',
  );
  const gaps = bars(
    data.gaps
      .filter((g) => g.count > 0)
      .map((g) => ({ label: `Paragraph ${g.paragraph} (line ${g.line})`, value: g.count, colour: COLOUR.none, note: g.codes.join(', ') })),
    'attribution gaps',
  );
  const problems = data.problems.map((p) => `<p class="notice">${html(p)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:;">
<title>Attribution report</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 0 20px 20px; }
  h1 { font-size: 1.4em; font-weight: 600; } h2 { font-size: 1.1em; font-weight: 600; margin-top: 1.6em; }
  svg .label, svg .value { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
  .empty, .hint { color: var(--vscode-descriptionForeground); }
  .notice { border-left: 3px solid var(--vscode-charts-yellow); padding-left: 8px; }
  pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
  details { margin-top: 2em; }
</style></head>
<body>
<h1>Attribution report: ${html(data.title)}</h1>
${problems}
<h2>Sources by kind</h2>
${sources}
<h2>Quotes per speaker</h2>
${speakers}
<h2>Attribution gaps per paragraph</h2>
${gaps}
<p class="hint">Paragraphs not listed have no gaps. Each bar's tooltip names the rules.</p>
<details><summary>The report as text</summary><pre>${html(data.markdown)}</pre></details>
</body></html>`;
}

/** Opens (or reuses) the report panel beside the article. */
export function showReportView(data: ReportData): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('newslens.report', `Attribution report: ${data.title}`, vscode.ViewColumn.Beside, {
    enableScripts: false,
    localResourceRoots: [],
  });
  panel.webview.html = reportHtml(data, panel.webview.cspSource);
  return panel;
}
