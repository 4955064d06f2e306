/**
 * brat standoff (`.ann`), which brat and INCEpTION read and write: entities as text-bound annotations
 * of their kind with a normalization to their id and name, quotes with a `Speaker` relation to the
 * mention that credits them, and findings with their code and severity as attributes and their message
 * as an annotator's note. Offsets count code points; a span that crosses a line break is written as
 * fragments, as brat wants. `readBrat` reads such a file back, with whatever a person changed in it.
 */
import type { Analysis, EntityKind, Severity } from '../analysis/types';
import { offsetMap } from './codepoints';

/** brat's type for each entity kind, and back. */
const TYPE: Record<EntityKind, string> = { actor: 'Actor', country: 'Country', person: 'Person', organization: 'Organization' };
const KIND = Object.fromEntries(Object.entries(TYPE).map(([k, t]) => [t, k])) as Record<string, EntityKind>;
/** The knowledge base name of our ids in normalizations: `NewsLens:actor:G0007`. */
const DB = 'NewsLens';

/** brat's annotation.conf for what `toBrat` writes. */
export const BRAT_CONF = `[entities]
Actor
Country
Person
Organization
Quote
Speaker
Finding

[relations]
Speaker\tArg1:Quote, Arg2:<ENTITY>
<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Code\tArg:Finding, Value:unattributed-quote|unattributed-claim|vague-source|unresolved-speaker|profile-conflict|unbalanced-quote|speaker-without-role
Severity\tArg:Finding, Value:error|warning|information|hint
`;

export function toBrat(text: string, analysis: Analysis): string {
  const map = offsetMap(text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const spanIds = new Map<string, { id: string; entityId: string }>();
  const textBound = (type: string, start: number, end: number) => {
    const id = `T${++t}`;
    const parts = fragments(text, start, end);
    const frags = parts.map(([s, e]) => `${map.toCodePoints(s)} ${map.toCodePoints(e)}`).join(';');
    lines.push(`${id}\t${type} ${frags}\t${parts.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    return id;
  };
  const normalize = (target: string, entityId: string, name: string) => {
    if (entityId) lines.push(`N${++n}\tReference ${target} ${DB}:${entityId}\t${oneLine(name)}`);
  };
  for (const e of analysis.entities) {
    const id = textBound(TYPE[e.kind], e.start, e.end);
    normalize(id, e.id, e.name);
    spanIds.set(`${e.start}:${e.end}`, { id, entityId: e.id });
  }
  let r = 0;
  for (const q of analysis.quotes) {
    const quote = textBound('Quote', q.start, q.end);
    const s = q.speaker;
    if (!s) continue;
    const known = spanIds.get(`${s.start}:${s.end}`);
    let speaker = known?.entityId === s.id ? known.id : undefined;
    if (!speaker) {
      speaker = textBound('Speaker', s.start, s.end);
      normalize(speaker, s.id, s.name);
      spanIds.set(`${s.start}:${s.end}`, { id: speaker, entityId: s.id });
    }
    lines.push(`R${++r}\tSpeaker Arg1:${quote} Arg2:${speaker}`);
  }
  let a = 0;
  let note = 0;
  for (const f of analysis.findings) {
    const end = f.end > f.start ? f.end : Math.min(text.length, f.start + 1);
    if (end <= f.start) continue;
    const id = textBound('Finding', f.start, end);
    lines.push(`A${++a}\tCode ${id} ${f.code}`, `A${++a}\tSeverity ${id} ${f.severity}`, `#${++note}\tAnnotatorNotes ${id}\t${oneLine(f.message)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The parts of a span between line breaks, without empty ones (brat's fragments). */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out.length ? out : [[start, end]];
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** A mention read from brat, with offsets back in UTF-16 code units. */
export interface BratMention {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  /** The normalization's id, "" when the annotation has none (a person added it in brat). */
  id: string;
  name: string;
}

export interface BratDocument {
  entities: BratMention[];
  quotes: { start: number; end: number; text: string; speaker: { start: number; end: number; text: string; name: string; id: string } | null }[];
  findings: { code: string; severity: Severity; message: string; start: number; end: number }[];
  /** Lines that could not be read, with their number. */
  problems: string[];
}

/** Reads a `.ann` file against its text (for the code point offsets). Unknown types and lines are reported, not fatal. */
export function readBrat(ann: string, text: string): BratDocument {
  const map = offsetMap(text);
  const bound = new Map<string, { type: string; start: number; end: number; text: string }>();
  const refs = new Map<string, { id: string; name: string }>();
  const speakers = new Map<string, string>();
  const attributes = new Map<string, Record<string, string>>();
  const notes = new Map<string, string>();
  const problems: string[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, data = '', tail = ''] = line.split('\t');
    const words = data.split(' ');
    const bad = () => problems.push(`line ${i + 1}: cannot read '${line}'`);
    if (id.startsWith('T')) {
      const spans = data
        .slice(words[0].length + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number));
      if (spans.some((s) => s.length !== 2 || s.some((x) => !Number.isInteger(x)))) return void bad();
      bound.set(id, { type: words[0], start: map.toUtf16(spans[0][0]), end: map.toUtf16(spans[spans.length - 1][1]), text: tail });
    } else if (id.startsWith('N')) {
      const m = /^\S+ (\S+) (\S+?):(\S+)$/.exec(data);
      if (!m) return void bad();
      if (m[2] === DB) refs.set(m[1], { id: m[3], name: tail });
    } else if (id.startsWith('R')) {
      const m = /^Speaker Arg1:(\S+) Arg2:(\S+)$/.exec(data);
      if (m) speakers.set(m[1], m[2]);
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, target, value = 'true'] = words;
      attributes.set(target, { ...attributes.get(target), [name]: value });
    } else if (id.startsWith('#')) notes.set(words[1], tail);
    else if (!/^[E*]/.test(id)) bad();
  });

  const doc: BratDocument = { entities: [], quotes: [], findings: [], problems };
  const exact = (b: { start: number; end: number }) => text.slice(b.start, b.end);
  for (const [id, b] of bound) {
    const kind = KIND[b.type];
    if (kind) {
      const ref = refs.get(id);
      doc.entities.push({ kind, start: b.start, end: b.end, text: exact(b), id: ref?.id ?? '', name: ref?.name ?? '' });
    } else if (b.type === 'Quote') {
      const s = speakers.get(id);
      const sb = s ? bound.get(s) : undefined;
      const ref = s ? refs.get(s) : undefined;
      doc.quotes.push({
        start: b.start,
        end: b.end,
        text: exact(b),
        speaker: sb ? { start: sb.start, end: sb.end, text: exact(sb), name: ref?.name ?? '', id: ref?.id ?? '' } : null,
      });
    } else if (b.type === 'Finding') {
      const attrs = attributes.get(id) ?? {};
      doc.findings.push({
        code: attrs.Code ?? '',
        severity: (attrs.Severity ?? 'warning') as Severity,
        message: notes.get(id) ?? '',
        start: b.start,
        end: b.end,
      });
    }
  }
  const byStart = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start - y.start || x.end - y.end;
  doc.entities.sort(byStart);
  doc.quotes.sort(byStart);
  doc.findings.sort(byStart);
  return doc;
}
