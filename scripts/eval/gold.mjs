// Checker and parser for the inline gold annotations of the sample articles.
//
// A gold file is a sample article with inline markup:
//   ⟦surface|id⟧    an entity mention (the surface text stays in the article)
//   ⟪code⟫          an expected diagnostic at this point (occupies no text)
//   ⟪speaker:id⟫    the expected speaker of the quote that opens here
// Stripping the markup must give the sample file byte for byte.
//
// Usage:
//   node scripts/eval/gold.mjs                 check every gold file, print counts
//   node scripts/eval/gold.mjs --write-samples rewrite samples/ from the gold files
//
// Other scripts import parseGold() to turn a gold file into offsets.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The diagnostic codes, in the order we print them: read from package.json's settings, which
 * `npm run sync:rules` writes from the rules themselves, so this list is never a copy to keep in step.
 */
export const CODES = Object.keys(
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.configuration.properties['newslens.rules'].properties,
);

/** Entity kinds, in the order we print them. */
export const KINDS = ['actor', 'country', 'person', 'org'];

/** Characters that may open a direct quote. */
const QUOTE_OPENERS = new Set(['"', '\u201C', "'", '\u2018', '\u00AB', '\u201E']);

/** Codes whose marker must stand right before a quote's opening mark. */
const QUOTE_CODES = new Set(['unattributed-quote', 'unresolved-speaker', 'unbalanced-quote']);

// Slugs keep Unicode letters and digits so that "Łukasz Wójcik" stays readable.
const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * The slug rule used for person, org and unlisted actor IDs: lowercase,
 * and every run of characters that are not letters or digits becomes '-'.
 * @param {string} name
 * @returns {string}
 */
export function slugify(name) {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Checks one entity ID and returns a problem message, or null when it is valid.
 * @param {string} id
 * @returns {string | null}
 */
export function validateEntityId(id) {
  const colon = id.indexOf(':');
  if (colon < 0) return `entity id "${id}" has no kind`;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (kind) {
    case 'actor':
      // A lowercase "g0007" is almost certainly a mistyped ATT&CK ID, not a slug.
      if (/^g\d+$/i.test(rest) && !/^G\d{4}$/.test(rest)) return `bad ATT&CK id "${id}" (want G and four digits)`;
      return /^G\d{4}$/.test(rest) || SLUG.test(rest) ? null : `bad actor id "${id}"`;
    case 'country':
      return /^[A-Z]{2}$/.test(rest) ? null : `bad country id "${id}" (want ISO alpha-2)`;
    case 'person':
    case 'org':
      return SLUG.test(rest) ? null : `bad ${kind} id "${id}" (want a lowercase slug)`;
    default:
      return `unknown entity kind "${kind}" in "${id}"`;
  }
}

/**
 * @typedef {{ start: number, end: number, text: string, id: string }} GoldEntity
 * @typedef {{ offset: number, code: string }} GoldDiagnostic
 * @typedef {{ offset: number, id: string }} GoldSpeaker
 * @typedef {{
 *   text: string,
 *   entities: GoldEntity[],
 *   diagnostics: GoldDiagnostic[],
 *   speakers: GoldSpeaker[],
 *   errors: string[],
 * }} Gold
 */

/** Words of an article, counted as the checkers report them. */
export function countWords(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * One gold file's summary line ("677 words; actor 9, ...; 5 quotes; unattributed-claim 1"), adding
 * its entity kinds and codes to `totals.entities` and `totals.codes`.
 */
export function summarizeGold(g, totals) {
  const kinds = {};
  for (const e of g.entities) {
    const kind = e.id.slice(0, e.id.indexOf(':'));
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    totals.entities[kind] = (totals.entities[kind] ?? 0) + 1;
  }
  const codes = {};
  for (const d of g.diagnostics) {
    codes[d.code] = (codes[d.code] ?? 0) + 1;
    totals.codes[d.code] = (totals.codes[d.code] ?? 0) + 1;
  }
  const words = countWords(g.text);
  const summary = [
    `${words} words`,
    KINDS.map((k) => `${k} ${kinds[k] ?? 0}`).join(', '),
    `${g.speakers.length} quotes`,
    CODES.filter((c) => codes[c])
      .map((c) => `${c} ${codes[c]}`)
      .join(', ') || 'no diagnostics',
  ].join('; ');
  return { words, summary };
}

/**
 * Parses a gold file. Offsets are UTF-16 indices (JS string indices) into the
 * stripped text; entity ends are exclusive. Markup errors do not throw: they are
 * collected in `errors` so a caller can report every one of them at once.
 * @param {string} gold
 * @returns {Gold}
 */
export function parseGold(gold) {
  /** @type {string[]} */
  const out = [];
  let len = 0;
  /** @type {GoldEntity[]} */
  const entities = [];
  /** @type {GoldDiagnostic[]} */
  const diagnostics = [];
  /** @type {GoldSpeaker[]} */
  const speakers = [];
  /** @type {string[]} */
  const errors = [];
  const where = (i) => {
    const before = gold.slice(0, i);
    const line = before.split('\n').length;
    return `line ${line}, col ${i - before.lastIndexOf('\n')}`;
  };

  let i = 0;
  let plainStart = 0;
  const flush = (upTo) => {
    const chunk = gold.slice(plainStart, upTo);
    // A closing bracket outside markup means an opening one is missing.
    for (const bad of ['\u27E7', '\u27EB']) {
      if (chunk.includes(bad)) errors.push(`stray "${bad}" near ${where(plainStart + chunk.indexOf(bad))}`);
    }
    out.push(chunk);
    len += chunk.length;
  };

  while (i < gold.length) {
    const ch = gold[i];
    if (ch === '\u27E6') {
      // ⟦surface|id⟧
      flush(i);
      const bar = gold.indexOf('|', i);
      const close = gold.indexOf('\u27E7', i);
      if (bar < 0 || close < 0 || bar > close) {
        errors.push(`unclosed entity at ${where(i)}`);
        plainStart = i = gold.length;
        break;
      }
      const surface = gold.slice(i + 1, bar);
      const id = gold.slice(bar + 1, close);
      if (/[\u27E6\u27E7\u27EA\u27EB]/.test(surface)) errors.push(`nested markup in entity at ${where(i)}`);
      if (surface.length === 0) errors.push(`empty entity at ${where(i)}`);
      if (surface !== surface.trim()) errors.push(`entity "${surface}" has surrounding space at ${where(i)}`);
      if (/['\u2019]s$/.test(surface)) errors.push(`entity "${surface}" includes a possessive at ${where(i)}`);
      const idProblem = validateEntityId(id);
      if (idProblem) errors.push(`${idProblem} at ${where(i)}`);
      entities.push({ start: len, end: len + surface.length, text: surface, id });
      out.push(surface);
      len += surface.length;
      i = close + 1;
      plainStart = i;
    } else if (ch === '\u27EA') {
      // ⟪code⟫ or ⟪speaker:id⟫
      flush(i);
      const close = gold.indexOf('\u27EB', i);
      if (close < 0) {
        errors.push(`unclosed marker at ${where(i)}`);
        plainStart = i = gold.length;
        break;
      }
      const body = gold.slice(i + 1, close);
      if (body.startsWith('speaker:')) {
        const id = body.slice('speaker:'.length);
        if (id !== 'none') {
          const problem = validateEntityId(id);
          if (problem) errors.push(`${problem} in speaker marker at ${where(i)}`);
          else if (!/^(person|org):/.test(id)) errors.push(`speaker must be a person or org at ${where(i)}`);
        }
        speakers.push({ offset: len, id });
      } else if (CODES.includes(body)) {
        diagnostics.push({ offset: len, code: body });
      } else {
        errors.push(`unknown marker "${body}" at ${where(i)}`);
      }
      i = close + 1;
      plainStart = i;
    } else {
      i++;
    }
  }
  flush(gold.length);
  const text = out.join('');
  checkPlacement(text, entities, diagnostics, speakers, errors);
  return { text, entities, diagnostics, speakers, errors };
}

/**
 * Checks that markers stand where the conventions say they must, so that a
 * misplaced marker is caught here rather than as a mysterious miss in evaluation.
 */
function checkPlacement(text, entities, diagnostics, speakers, errors) {
  const at = (offset) => JSON.stringify(text.slice(Math.max(0, offset - 20), offset + 20));
  for (const s of speakers) {
    if (!QUOTE_OPENERS.has(text[s.offset])) errors.push(`speaker marker not before a quote mark: ${at(s.offset)}`);
    if (s.id !== 'none' && !entities.some((e) => e.id === s.id)) {
      errors.push(`speaker ${s.id} is never mentioned as an entity`);
    }
  }
  for (const d of diagnostics) {
    if (QUOTE_CODES.has(d.code)) {
      if (!QUOTE_OPENERS.has(text[d.offset])) errors.push(`${d.code} not before a quote mark: ${at(d.offset)}`);
      if (!speakers.some((s) => s.offset === d.offset)) errors.push(`${d.code} without a speaker marker: ${at(d.offset)}`);
    }
    if (d.code === 'speaker-without-role' || d.code === 'profile-conflict') {
      const kind = d.code === 'speaker-without-role' ? 'person:' : 'actor:';
      if (!entities.some((e) => e.start === d.offset && e.id.startsWith(kind))) {
        errors.push(`${d.code} must stand before a ${kind.slice(0, -1)} mention: ${at(d.offset)}`);
      }
    }
    if (d.code === 'unattributed-claim') {
      // A flagged sentence starts after a line break or a sentence end (with an optional closing quote).
      const before = text.slice(0, d.offset);
      if (!/(^|\n|[.!?]["\u201D\u2019]?\s+)$/.test(before)) errors.push(`unattributed-claim not at a sentence start: ${at(d.offset)}`);
    }
  }
  for (let k = 1; k < entities.length; k++) {
    if (entities[k].start < entities[k - 1].end) errors.push(`overlapping entities at ${at(entities[k].start)}`);
  }
}

/** Returns the first UTF-16 offset at which two strings differ, or -1 if equal. */
export function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return k;
  return a.length === b.length ? -1 : n;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

const goldDir = join(repoRoot, 'test', 'gold');

/** Lists the samples' gold files (test/gold), sorted by name. */
export function goldFiles() {
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.gold'))
    .sort()
    .map((name) => ({ gold: join(goldDir, name), sample: join(repoRoot, 'samples', name.slice(0, -'.gold'.length)), name }));
}

function main(argv) {
  const write = argv.includes('--write-samples');
  const totals = { entities: {}, codes: {}, speakers: { person: 0, org: 0, none: 0 } };
  let passed = 0;
  let failed = 0;
  for (const f of goldFiles()) {
    const g = parseGold(readFileSync(f.gold, 'utf8'));
    const problems = [...g.errors];
    if (write && problems.length === 0) writeFileSync(f.sample, g.text);
    let sample = null;
    try {
      sample = readFileSync(f.sample, 'utf8');
    } catch {
      problems.push(`missing sample ${f.sample}`);
    }
    if (sample !== null) {
      const diff = firstDifference(g.text, sample);
      if (diff >= 0) {
        problems.push(
          `stripped gold differs from the sample at offset ${diff}: gold ${JSON.stringify(g.text.slice(diff, diff + 30))} vs sample ${JSON.stringify(sample.slice(diff, diff + 30))}`,
        );
      }
    }
    for (const s of g.speakers) totals.speakers[s.id === 'none' ? 'none' : s.id.slice(0, s.id.indexOf(':'))]++;
    const { summary } = summarizeGold(g, totals);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${f.name}: ${summary}`);
      for (const p of problems) console.log(`  - ${p}`);
    } else {
      passed++;
      console.log(`ok   ${f.name}: ${summary}`);
    }
  }
  console.log('');
  console.log(`entities: ${KINDS.map((k) => `${k} ${totals.entities[k] ?? 0}`).join(', ')}`);
  console.log(`diagnostics: ${CODES.map((c) => `${c} ${totals.codes[c] ?? 0}`).join(', ')}`);
  console.log(`speakers: person ${totals.speakers.person}, org ${totals.speakers.org}, none ${totals.speakers.none}`);
  console.log(`gold: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
