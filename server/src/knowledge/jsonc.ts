/**
 * JSON with comments, read with Microsoft's `jsonc-parser` (the parser VS Code's own settings use),
 * for the files a user writes: the workspace entities file and `.newslens.json`. The parser is
 * error-tolerant: after a syntax error it goes on, so every entry it could read still applies, and
 * every error and every node keeps its offset in the text, so a problem is reported on the spot.
 */
// The ES module build: the package's main build is UMD, whose requires a bundler cannot follow.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';

export type { Node as JsonNode } from 'jsonc-parser/lib/esm/main.js';

/** A problem in a user's JSON file, with offsets into its text (end exclusive). */
export interface JsonProblem {
  message: string;
  start: number;
  end: number;
}

/** What each syntax error means, in the words a user reads. */
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character: expected a JSON value.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value.',
  ColonExpected: 'Expected ":" after the property name.',
  CommaExpected: 'Expected "," between two entries.',
  CloseBraceExpected: 'Expected "}" to close the object.',
  CloseBracketExpected: 'Expected "]" to close the array.',
  EndOfFileExpected: 'Unexpected text after the end of the JSON value.',
  InvalidCommentToken: 'Invalid comment.',
  UnexpectedEndOfComment: 'Unterminated comment: no closing "*/".',
  UnexpectedEndOfString: 'Unterminated string: no closing quote on this line.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid \\u escape: it needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'Invalid escape in a string.',
  InvalidCharacter: 'Invalid character in a string (a line break or a control character).',
};

/**
 * Parses `text` (comments and trailing commas allowed); `root` is undefined only when not even the
 * first value could be read. A byte-order mark is skipped, offsets unchanged.
 */
export function parseJsonc(text: string): { root: Node | undefined; problems: JsonProblem[] } {
  const errors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const problems = errors.map((e) => ({
    message: MESSAGES[printParseErrorCode(e.error)] ?? 'Invalid JSON.',
    start: e.offset,
    end: Math.min(source.length, e.offset + Math.max(1, e.length)),
  }));
  return { root, problems };
}

/** The members of an object node in order: each key, where the key stands, and its value (if any). */
export function members(node: Node): { key: string; keyNode: Node; value: Node | undefined }[] {
  if (node.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, value] = property.children ?? [];
    return keyNode ? [{ key: String(keyNode.value), keyNode, value }] : [];
  });
}

/** The items of an array node. */
export function items(node: Node): Node[] {
  return node.type === 'array' ? (node.children ?? []) : [];
}

/** A node's span as a problem's place. */
export function spanOf(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}
