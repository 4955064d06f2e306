#!/usr/bin/env node
// The rules (server/src/analysis/rules/) are the one source of truth for codes, default severities
// and descriptions. This writes them where they are repeated for people and tools to read: the
// settings in package.json (newslens.rules and the codes of newslens.hiddenFindings) and the table in
// the README's "Diagnostics" section, and the rules and hidden findings' codes of the .newslens.json
// schema (server/data/newslens.schema.json). test/unit/invariants.test.ts fails when they drift apart.
//
//   npm run sync:rules           rewrite package.json, README.md and the config schema
//   npm run sync:rules -- --check  exit 1 and say what differs, without writing
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './lib/core.mjs';

const check = process.argv.includes('--check');
const { RULES, SEVERITIES } = await loadCore();

const packageFile = path.join(root, 'package.json');
const readmeFile = path.join(root, 'README.md');
const packageText = fs.readFileSync(packageFile, 'utf8');
const readmeText = fs.readFileSync(readmeFile, 'utf8');

const pkg = JSON.parse(packageText);
const properties = pkg.contributes.configuration.properties;
properties['newslens.rules'].properties = Object.fromEntries(
  RULES.map((rule) => [rule.code, { type: 'string', enum: [...SEVERITIES, 'off'], default: rule.defaultSeverity, description: rule.description }]),
);
properties['newslens.hiddenFindings'].items.properties.code.enum = RULES.map((rule) => rule.code);
const packageOut = `${JSON.stringify(pkg, null, 2)}\n`;

const schemaFile = path.join(root, 'server/data/newslens.schema.json');
const schemaText = fs.readFileSync(schemaFile, 'utf8');
const schema = JSON.parse(schemaText);
schema.properties.rules.properties = Object.fromEntries(
  RULES.map((rule) => [rule.code, { enum: [...SEVERITIES, 'off'], description: `${rule.description} Default: ${rule.defaultSeverity}.` }]),
);
schema.properties.hiddenFindings.items.properties.code.enum = RULES.map((rule) => rule.code);
const schemaOut = `${JSON.stringify(schema, null, 2)}\n`;

const table = [
  '| Code | Default | What it flags |',
  '| --- | --- | --- |',
  ...RULES.map((r) => `| \`${r.code}\` | ${r.defaultSeverity} | ${r.description} |`),
].join('\n');
const TABLE = /\| Code \| Default \| What it flags \|\n\| --- \| --- \| --- \|\n(?:\|.*\|\n?)+/;
if (!TABLE.test(readmeText)) {
  console.error('README.md has no rules table (| Code | Default | What it flags |) to update.');
  process.exit(2);
}
const readmeOut = readmeText.replace(TABLE, `${table}\n`);

const stale = [
  packageOut !== packageText && 'package.json',
  readmeOut !== readmeText && 'README.md',
  schemaOut !== schemaText && 'server/data/newslens.schema.json',
].filter(Boolean);
if (check) {
  if (stale.length) {
    console.error(`${stale.join(', ')} differ from the rules; run npm run sync:rules.`);
    process.exit(1);
  }
  console.log('package.json, README.md and the config schema agree with the rules.');
} else {
  fs.writeFileSync(packageFile, packageOut);
  fs.writeFileSync(readmeFile, readmeOut);
  fs.writeFileSync(schemaFile, schemaOut);
  console.log(stale.length ? `updated ${stale.join(', ')}` : 'already in step');
}
