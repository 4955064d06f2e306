/**
 * The TextMate grammar, tokenized by the same engine VS Code uses (vscode-textmate over Oniguruma).
 * Fixtures mark a span with carets and name a scope it must carry.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { parseFixture } from './fixture';

const ROOT = path.resolve(__dirname, '../../..');

let grammar: Promise<IGrammar>;
function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => parseRawGrammar(readFileSync(path.join(ROOT, 'syntaxes/article.tmLanguage.json'), 'utf8'), 'article.tmLanguage.json'),
    });
    const loaded = await registry.loadGrammar('text.article');
    if (!loaded) throw new Error('grammar text.article did not load');
    return loaded;
  })();
  return grammar;
}

/** Every annotated span must be covered by tokens whose scopes include the label (or, for `!label`, none does). */
async function checkScopes(source: string): Promise<void> {
  const { text, annotations } = parseFixture(source);
  const g = await loadGrammar();
  const tokens: { start: number; end: number; scopes: string[] }[] = [];
  let stack = INITIAL;
  let offset = 0;
  for (const line of text.split('\n')) {
    const result = g.tokenizeLine(line, stack);
    for (const t of result.tokens) tokens.push({ start: offset + t.startIndex, end: offset + Math.min(t.endIndex, line.length), scopes: t.scopes });
    stack = result.ruleStack;
    offset += line.length + 1;
  }
  for (const a of annotations) {
    const covering = tokens.filter((t) => t.start < a.end && a.start < t.end);
    assert.ok(covering.length > 0, `no token at "${a.text}"`);
    const negated = a.label.startsWith('!');
    const scope = negated ? a.label.slice(1) : a.label;
    for (const t of covering) {
      const has = t.scopes.some((s) => s.startsWith(scope));
      assert.ok(has !== negated, `"${text.slice(t.start, t.end)}" has ${t.scopes.join(' ')}, expected ${a.label}`);
    }
  }
}

test('headline, byline and dateline', () =>
  checkScopes(`
    Hackers hit the grid
    ^^^^^^^^^^^^^^^^^^^^ markup.heading.headline

    By Ana Diaz
    ^^ keyword.other.byline
       ^^^^^^^^ entity.name.tag.author

    KYIV, Ukraine — The lights went out.
    ^^^^^^^^^^^^^ entity.name.section.dateline
  `));

// Attribution verbs are no grammar matter: "adds chlorine" and "were told" are ordinary verbs. The
// semantic tokens mark the cues the analysis used (an `attribution` token), and only those.
test('quotations with curly and straight marks; verbs get no scope of their own', () =>
  checkScopes(`
    Headline
    “We saw it,” she said. "It spread," according to CISA. The plant adds chlorine.
    ^^^^^^^^^^^^ string.quoted.double.curly
                           ^^^^^^^^^^^^ string.quoted.double.straight
  `));

test('apostrophes are not quotations, and a quote ends with its line', () =>
  checkScopes(`
    Headline
    The group's tools and it's done.
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ !string
    "An open quote
    ^^^^^^^^^^^^^^ string.quoted.double.straight
    A new line that is not quoted.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ !string
  `));
