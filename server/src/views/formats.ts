/**
 * The CLI's output formats, as pure functions of the analyses. The JSON format is a contract other
 * tools read: its shape is fixed (version 1) and only its values vary.
 */
import { RULES } from '../analysis/rules/index';
import { lineColumn, lineStarts } from '../analysis/text/spans';
import type { Analysis, Severity } from '../analysis/types';

/** One analyzed file. */
export interface FileResult {
  path: string;
  text: string;
  analysis: Analysis;
}

/** The JSON report, version 1. Keys and their order are part of the contract. */
export function toJson(files: FileResult[]): string {
  const report = { version: 1, files: files.map(fileJson) };
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * One file as JSON Lines, for pipelines: the JSON format's file object with its version, on one line;
 * with the `id` of the JSONL input line it answers, when the input was JSONL.
 */
export function toJsonLine(file: FileResult, id?: unknown): string {
  return JSON.stringify(id === undefined ? { version: 1, ...fileJson(file) } : { version: 1, id, ...fileJson(file) }) + '\n';
}

/** A file's results in the JSON contract (version 1). */
function fileJson({ path, analysis }: FileResult) {
  return {
    path,
    entities: analysis.entities.map((e) => ({ kind: e.kind, start: e.start, end: e.end, text: e.text, id: e.id, name: e.name })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, name: q.speaker.name, id: q.speaker.id } : null,
    })),
    people: analysis.people.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    diagnostics: analysis.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, start: f.start, end: f.end })),
  };
}

/** Compiler-style lines, `path:line:column: severity code: message`, one-based as editors expect. */
export function toText(files: FileResult[]): string {
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { path, text, analysis } of files) {
    const starts = lineStarts(text);
    for (const problem of analysis.problems) lines.push(`${path}: note: ${problem}`);
    for (const f of analysis.findings) {
      const { line, column } = lineColumn(starts, f.start);
      lines.push(`${path}:${line + 1}:${column + 1}: ${f.severity} ${f.code}: ${f.message}`);
      totals[f.severity]++;
    }
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${count(files.length, 'file')} checked: ${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}, ` +
      `${totals.information} information, ${count(totals.hint, 'hint')}.`,
  );
  return lines.join('\n') + '\n';
}

/** GitHub Actions' workflow command for each severity: errors and warnings as such, the rest as notices. */
const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a value of a workflow command's property or message, as GitHub's toolkit does. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations, one workflow command a finding (`::warning file=…,line=…,col=…,
 * title=…::message`), so a workflow step shows findings on the pull request's lines.
 */
export function toGithub(files: FileResult[]): string {
  const lines: string[] = [];
  for (const { path, text, analysis } of files) {
    const starts = lineStarts(text);
    for (const f of analysis.findings) {
      const start = lineColumn(starts, f.start);
      const end = lineColumn(starts, f.end);
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${start.line + 1}`,
        `col=${start.column + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.column + 1}`,
        `title=${escapeProperty(`NewsLens ${f.code}`)}`,
      ];
      lines.push(`::${GITHUB_LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * A path as SARIF's `uri-reference`: a relative path with each segment percent-encoded (spaces, `%`,
 * `#`), an absolute one as a `file:` URI.
 */
export function artifactUri(path: string): string {
  const posix = path.split('\\').join('/');
  const drive = /^[A-Za-z]:\//.test(posix);
  const encoded = posix
    .split('/')
    .map((segment, i) => (i === 0 && drive ? segment : encodeURIComponent(segment)))
    .join('/');
  return posix.startsWith('/') ? `file://${encoded}` : drive ? `file:///${encoded}` : encoded;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning dashboards. Columns count UTF-16 code units, like our offsets. */
export function toSarif(files: FileResult[], toolVersion: string): string {
  const results = files.flatMap(({ path, text, analysis }) => {
    const starts = lineStarts(text);
    return analysis.findings.map((f) => {
      const start = lineColumn(starts, f.start);
      const end = lineColumn(starts, f.end);
      return {
        ruleId: f.code,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(path) },
              region: {
                startLine: start.line + 1,
                startColumn: start.column + 1,
                endLine: end.line + 1,
                endColumn: end.column + 1,
                charOffset: f.start,
                charLength: f.end - f.start,
              },
            },
          },
        ],
      };
    });
  });
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'NewsLens',
            version: toolVersion,
            rules: RULES.map((r) => ({ id: r.code, shortDescription: { text: r.rationale }, defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
