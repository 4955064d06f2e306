/** The contributed JSON schema of .newslens.json, checked with a JSON Schema validator as the editor applies it. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
// The ES module build, as server/src/knowledge/jsonc.ts imports it (the package's main build is UMD, which bundles badly).
import { parse } from 'jsonc-parser/lib/esm/main.js';

const data = (name: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../../../server/data', name), 'utf8'));

/** The config schema, with the entities schema it refers to by relative path registered under that path. */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema({ ...data('entities.schema.json'), $id: 'entities.schema.json' });
  return ajv.compile(data('newslens.schema.json'));
}

test("the config schema compiles, accepts the README's example and rejects what the reader rejects", () => {
  const validate = validator();
  const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
  const example = parse(/```jsonc\n([\s\S]*?)```/.exec(readme)?.[1] ?? '');
  assert.ok(validate(example), JSON.stringify(validate.errors));
  for (const wrong of [
    { rules: { 'vague-source': 'loud' } },
    { rules: { 'no-such-rule': 'off' } },
    { include: 'desk/**' },
    { entities: { actors: 'APT28' } },
    { colour: 'red' },
  ])
    assert.equal(validate(wrong), false, JSON.stringify(wrong));
});
