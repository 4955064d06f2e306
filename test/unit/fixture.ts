/**
 * Inline-expectation fixtures in the style of rust-analyzer's: an article snippet, and under a line
 * of it, caret lines that mark a span of the line above and label it.
 *
 *     Fancy Bear hacked the DNC, the FBI said.
 *     ^^^^^^^^^^ actor:G0007
 *                                ^^^ org:fbi
 *
 * A caret line is any line whose first non-blank character is `^`; several may follow one text line.
 * `$0` marks a cursor (for hovers) and is removed from the text. Common indentation is removed, and
 * a leading and trailing blank line are dropped, so fixtures can be written as indented template
 * literals.
 */
export interface Annotation {
  start: number;
  end: number;
  /** The label after the carets, trimmed. */
  label: string;
  /** The text the carets cover. */
  text: string;
}

export interface Fixture {
  text: string;
  annotations: Annotation[];
  cursor?: number;
}

export function parseFixture(source: string): Fixture {
  const lines = dedent(source).split('\n');
  const kept: string[] = [];
  const pending: { line: number; column: number; width: number; label: string }[] = [];
  for (const line of lines) {
    const caret = /^(\s*)(\^+)\s*(.*)$/.exec(line);
    if (caret && kept.length > 0) {
      pending.push({ line: kept.length - 1, column: caret[1].length, width: caret[2].length, label: caret[3].trim() });
    } else {
      kept.push(line);
    }
  }
  let cursor: number | undefined;
  const lineStarts: number[] = [];
  let text = '';
  for (const [i, line] of kept.entries()) {
    lineStarts.push(text.length);
    const at = line.indexOf('$0');
    if (at >= 0) {
      cursor = text.length + at;
      // Carets under a line with a cursor are written against the line without it.
      kept[i] = line.slice(0, at) + line.slice(at + 2);
    }
    text += kept[i] + (i < kept.length - 1 ? '\n' : '');
  }
  const annotations = pending.map(({ line, column, width, label }) => {
    const start = lineStarts[line] + column;
    const end = start + width;
    return { start, end, label, text: text.slice(start, end) };
  });
  annotations.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, annotations, cursor };
}

function dedent(source: string): string {
  let lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines.length && lines[0].trim() === '') lines = lines.slice(1);
  if (lines.length && lines[lines.length - 1].trim() === '') lines = lines.slice(0, -1);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** Renders spans back as caret lines under their text lines, for readable failure messages. */
export function renderAnnotations(text: string, spans: { start: number; end: number; label: string }[]): string {
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    out.push(line);
    for (const s of spans.filter((x) => x.start >= lineStart && x.start < lineEnd + 1)) {
      const width = Math.max(1, Math.min(s.end, lineEnd) - s.start);
      out.push(' '.repeat(s.start - lineStart) + '^'.repeat(width) + ' ' + s.label);
    }
    lineStart = lineEnd + 1;
  }
  return out.join('\n');
}
