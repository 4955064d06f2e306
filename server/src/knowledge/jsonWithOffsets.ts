/**
 * A small JSON parser that keeps the offsets of every value and key, so a problem in a user's file
 * can be reported on the exact spot. On a syntax error it stops, reports where, and returns what it
 * had parsed up to there, so the entries before the error still apply.
 */

/** A parsed JSON value with its place in the text. */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

export interface JsonError {
  message: string;
  start: number;
  end: number;
}

class Stop extends Error {}

/** Parses `text`; `root` is undefined only when not even the first value could be read. */
export function parseJson(text: string): { root: JsonNode | undefined; error: JsonError | undefined } {
  let pos = 0;
  let error: JsonError | undefined;
  const fail = (message: string, at = pos): never => {
    error ??= { message, start: at, end: Math.min(text.length, at + 1) };
    throw new Stop();
  };
  const space = () => {
    while (pos < text.length && /[\s\uFEFF]/.test(text[pos])) pos++;
  };
  const describe = () => (pos >= text.length ? 'the end of the file' : `"${text[pos]}"`);

  /**
   * Reads one value and hands it to `attach`. Objects and arrays are attached before their contents
   * are read, so what was read before a syntax error stays in the tree.
   */
  function value(attach: (node: JsonNode) => void): void {
    space();
    const ch = text[pos];
    if (ch === '{') return object(attach);
    if (ch === '[') return array(attach);
    if (ch === '"') return attach(string());
    if (ch === '-' || (ch >= '0' && ch <= '9')) return attach(number());
    for (const [word, node] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        const start = pos;
        pos += word.length;
        return attach(node === null ? { kind: 'null', start, end: pos } : { kind: 'boolean', start, end: pos, value: node });
      }
    }
    fail(`Expected a value but found ${describe()}.`);
  }

  /**
   * After a member or an item: a comma means another follows (never straight before `close`), and
   * `close` ends the container, whose end it sets. Anything else is a syntax error.
   */
  function closes(node: JsonNode, close: '}' | ']'): boolean {
    space();
    if (text[pos] === ',') {
      pos++;
      space();
      if (text[pos] === close) fail(`Trailing comma: JSON allows no comma before "${close}".`);
      return false;
    }
    if (text[pos] === close) {
      node.end = ++pos;
      return true;
    }
    return fail(`Expected "," or "${close}" but found ${describe()}.`);
  }

  function object(attach: (node: JsonNode) => void): void {
    const node: JsonNode & { kind: 'object' } = { kind: 'object', start: pos, end: pos, entries: [] };
    attach(node);
    pos++;
    space();
    if (text[pos] === '}') {
      node.end = ++pos;
      return;
    }
    for (;;) {
      space();
      if (text[pos] !== '"') fail(`Expected a property name in double quotes but found ${describe()}.`);
      const key = string();
      space();
      if (text[pos] !== ':') fail(`Expected ":" after the property name "${key.value}".`);
      pos++;
      try {
        value((child) => node.entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: child }));
      } finally {
        node.end = pos;
      }
      if (closes(node, '}')) return;
    }
  }

  function array(attach: (node: JsonNode) => void): void {
    const node: JsonNode & { kind: 'array' } = { kind: 'array', start: pos, end: pos, items: [] };
    attach(node);
    pos++;
    space();
    if (text[pos] === ']') {
      node.end = ++pos;
      return;
    }
    for (;;) {
      try {
        value((child) => node.items.push(child));
      } finally {
        node.end = pos;
      }
      if (closes(node, ']')) return;
    }
  }

  function string(): JsonNode & { kind: 'string' } {
    const start = pos;
    pos++;
    let out = '';
    while (pos < text.length && text[pos] !== '"') {
      const ch = text[pos];
      if (ch === '\n') fail('Unterminated string: a line break before the closing quote.', start);
      if (ch === '\\') {
        const esc = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (esc in simple) {
          out += simple[esc];
          pos += 2;
        } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          fail(`Invalid escape "\\${esc ?? ''}" in a string.`);
        }
        continue;
      }
      out += ch;
      pos++;
    }
    if (pos >= text.length) fail('Unterminated string: no closing quote.', start);
    pos++;
    return { kind: 'string', start, end: pos, value: out };
  }

  function number(): JsonNode {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (!match) return fail(`Invalid number starting at ${describe()}.`);
    const start = pos;
    pos += match[0].length;
    return { kind: 'number', start, end: pos, value: Number(match[0]) };
  }

  let root: JsonNode | undefined;
  try {
    value((node) => (root = node));
    space();
    if (pos < text.length) fail(`Unexpected ${describe()} after the end of the JSON value.`);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return { root, error };
}
