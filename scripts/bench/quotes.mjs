#!/usr/bin/env node
// Measures quote detection and speaker attribution against a brat-format attribution corpus laid out
// as CORPUS_DIR/text/NAME.txt and CORPUS_DIR/ann/NAME_ANNOTATOR.ann (PolNeAR's layout), through the
// real analysis core, and prints the numbers plus a per-article timing summary.
//
//   npm run bench:quotes -- ../shared/polnear/dev [more dirs] [--errors] [--limit N]
//
// Definitions (each annotator's file counts as its own document; the text is analyzed once):
// - A gold direct quote is an attribution (an E line) whose Content starts with a quotation mark or
//   is immediately preceded by one. Every Content fragment of it that starts so is a gold "opening"
//   (one attribution can quote several separate passages: `"A," said X. "B."`).
// - Quote recall: share of gold openings where a predicted quote, or one of the parts of a quote
//   continued across paragraphs, starts at that quotation mark.
// - For the rest, only openings whose attribution has a Source and whose quote was found count.
//   Speaker coverage: share of them whose predicted quote has a speaker.
//   Speaker precision: share of quotes given a speaker whose speaker span overlaps a Source span of
//   the gold attribution (Source spans are the mention at the attribution site, so "he" is right
//   when the text says "he said"; who "he" resolves to is not checked here).
//   Speaker accuracy: correct speakers over all gold openings that have a Source (found or not).
// - The same three numbers are also printed for non-fragment quotes only (full quoted statements,
//   the ones the unattributed-quote rule reads).
// - Predicted quotes that start at no gold opening are counted (many are scare quotes and titles
//   the corpus does not annotate as attributions).
//
// `--errors` prints every miss and wrong speaker with its context to the terminal, for tuning; never
// paste that output (it is corpus text) into the repository.
import fs from 'node:fs';
import path from 'node:path';
import { loadCore } from '../lib/core.mjs';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const dirs = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1));
if (dirs.length === 0) {
  console.error('usage: node scripts/bench/quotes.mjs CORPUS_DIR [...] [--errors] [--limit N]');
  process.exit(2);
}

const core = await loadCore();
const index = core.indexKnowledge(core.builtinKnowledge());
const QUOTE_MARK = /["“”«»„'‘’‚]/;

for (const dir of dirs) report(dir, loadCorpus(dir).slice(0, limit));
stress();

/** Documents of one corpus folder: one per annotation file, with its attributions. */
function loadCorpus(dir) {
  const docs = [];
  const annDir = path.join(dir, 'ann');
  for (const file of fs.readdirSync(annDir).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(file);
    if (!m) continue;
    const textFile = path.join(dir, 'text', `${m[1]}.txt`);
    if (!fs.existsSync(textFile)) continue;
    const spans = new Map();
    const attributions = [];
    for (const line of fs.readFileSync(path.join(annDir, file), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (/^T\d/.test(line) && cols.length >= 2) {
        const [type, ...rest] = cols[1].split(' ');
        const fragments = rest.join(' ').split(';').map((f) => f.trim().split(/\s+/).map(Number)).map(([start, end]) => ({ start, end }));
        spans.set(cols[0], { type, fragments });
      } else if (/^E\d/.test(line) && cols.length >= 2) {
        const roles = {};
        for (const part of cols[1].trim().split(/\s+/)) {
          const [role, id] = part.split(':');
          (roles[role.replace(/\d+$/, '')] ??= []).push(id);
        }
        attributions.push(roles);
      }
    }
    const resolved = attributions.map((roles) => ({
      content: (roles.Content ?? []).flatMap((id) => spans.get(id)?.fragments ?? []),
      source: (roles.Source ?? []).flatMap((id) => spans.get(id)?.fragments ?? []),
    }));
    docs.push({ name: m[1], annotator: m[2], textFile, attributions: resolved });
  }
  return docs;
}

/**
 * The quotation mark a fragment opens with (at its start or just before it), or -1. A doubled
 * apostrophe used as a double mark (`''`) opens at its first character.
 */
function openingMark(text, fragment) {
  let s = fragment.start;
  while (s < fragment.end && /\s/.test(text[s])) s++;
  let mark = QUOTE_MARK.test(text[s]) ? s : s > 0 && QUOTE_MARK.test(text[s - 1]) ? s - 1 : -1;
  while (mark > 0 && text[mark] === "'" && text[mark - 1] === "'") mark--;
  return mark;
}

function report(dir, docs) {
  const cache = new Map();
  const timings = [];
  const count = { openings: 0, found: 0, withSource: 0, covered: 0, correct: 0, predicted: 0, unmatched: 0 };
  const full = { withSource: 0, covered: 0, correct: 0 };
  for (const doc of docs) {
    let entry = cache.get(doc.textFile);
    if (!entry) {
      const text = fs.readFileSync(doc.textFile, 'utf8');
      const t0 = performance.now();
      const analysis = core.analyze(text, index);
      const t1 = performance.now();
      const found = core.findQuotes(text, analysis.structure);
      core.attributeSpeakers(text, analysis.structure, found.quotes, analysis.entities, analysis.people);
      const t2 = performance.now();
      timings.push({ name: doc.name, chars: text.length, analyze: t1 - t0, quotes: t2 - t1 });
      const byStart = new Map();
      for (const q of analysis.quotes) for (const part of q.parts ?? [q]) byStart.set(part.start, q);
      entry = { text, analysis, byStart };
      cache.set(doc.textFile, entry);
    }
    const { text, analysis, byStart } = entry;
    const matched = new Set();
    for (const attribution of doc.attributions) {
      if (attribution.content.length === 0 || openingMark(text, attribution.content[0]) < 0) continue;
      for (const fragment of attribution.content) {
        const mark = openingMark(text, fragment);
        if (mark < 0) continue;
        count.openings++;
        const quote = byStart.get(mark);
        if (quote) {
          count.found++;
          matched.add(quote);
        } else if (showErrors) {
          console.log(`MISS ${doc.name}: ${JSON.stringify(text.slice(Math.max(0, mark - 60), mark + 100))}`);
        }
        if (attribution.source.length === 0) continue;
        count.withSource++;
        if (quote && !quote.fragment) full.withSource++;
        if (!quote?.speaker) {
          if (showErrors && quote) console.log(`NONE ${doc.name}: ${context(text, quote, attribution.source)}`);
          continue;
        }
        count.covered++;
        if (!quote.fragment) full.covered++;
        const sp = quote.speaker;
        if (attribution.source.some((s) => s.start < sp.end && sp.start < s.end)) {
          count.correct++;
          if (!quote.fragment) full.correct++;
        } else if (showErrors) {
          const gold = attribution.source.map((s) => text.slice(s.start, s.end)).join(' | ');
          console.log(`WRONG ${doc.name}: got ${JSON.stringify(sp.text)} (${sp.via}) want ${JSON.stringify(gold)}: ${context(text, quote, attribution.source)}`);
        }
      }
    }
    count.predicted += analysis.quotes.length;
    count.unmatched += analysis.quotes.filter((q) => !matched.has(q)).length;
  }
  const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
  console.log(`\n${dir}: ${docs.length} annotation files, ${cache.size} articles`);
  console.log(`  quote recall        ${pct(count.found, count.openings)} (${count.found}/${count.openings} gold openings)`);
  console.log(`  predicted quotes    ${count.predicted} (${count.unmatched} at no gold opening: scare quotes, titles, unannotated)`);
  console.log(`  speaker coverage    ${ratio(count.covered, count.withSource)} (${count.covered}/${count.withSource})`);
  console.log(`  speaker precision   ${ratio(count.correct, count.covered)} (${count.correct}/${count.covered})`);
  console.log(`  speaker accuracy    ${ratio(count.correct, count.withSource)}`);
  console.log(`  full quotes only    coverage ${ratio(full.covered, full.withSource)}, precision ${ratio(full.correct, full.covered)} (${full.withSource} quotes)`);
  printTimings(timings);
}

function context(text, quote, sources) {
  const from = Math.min(quote.start, ...sources.map((s) => s.start)) - 60;
  const to = Math.max(quote.end, ...sources.map((s) => s.end)) + 60;
  const slice = text.slice(Math.max(0, from), to);
  return JSON.stringify(slice.length > 700 ? `${slice.slice(0, 300)} [...] ${slice.slice(-300)}` : slice);
}

function printTimings(timings) {
  if (timings.length === 0) return;
  const stats = (key) => {
    const v = timings.map((t) => t[key]).sort((a, b) => a - b);
    const at = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))];
    const sum = v.reduce((a, b) => a + b, 0);
    return `mean ${(sum / v.length).toFixed(2)} ms, median ${at(0.5).toFixed(2)}, p95 ${at(0.95).toFixed(2)}, max ${v[v.length - 1].toFixed(2)}`;
  };
  const chars = timings.reduce((a, t) => a + t.chars, 0);
  console.log(`  timing per article  analyze(): ${stats('analyze')}`);
  console.log(`                      quotes + speakers: ${stats('quotes')} (${timings.length} articles, ${(chars / 1024).toFixed(0)} KiB)`);
}

/** Hostile inputs: the quote stages must stay linear and never throw. */
function stress() {
  const cases = {
    '500 quote marks in a row': '"'.repeat(500),
    '20k quotes that never close': 'He said "no way.\n'.repeat(20000),
    '2 MB paragraph of short quotes': '"Yes," he said. "No," she said. '.repeat(2_000_000 / 32),
    '2 MB paragraph of apostrophes': "the Smiths' house, it's 'em rock 'n' roll ".repeat(2_000_000 / 42),
    '1 MB of curly marks': '“”‘’'.repeat(250_000),
    '1 MB line of dash credits': '"Yes." ― Ana Diaz '.repeat(1_000_000 / 18),
  };
  console.log('\nstress (quotes + speakers):');
  for (const [name, text] of Object.entries(cases)) {
    const t0 = performance.now();
    const structure = core.structure(text);
    const t1 = performance.now();
    const found = core.findQuotes(text, structure);
    const quotes = core.attributeSpeakers(text, structure, found.quotes, [], []);
    const t2 = performance.now();
    console.log(`  ${name.padEnd(32)} ${(t2 - t1).toFixed(0).padStart(6)} ms (structure ${(t1 - t0).toFixed(0)} ms): ${quotes.length} quotes, ${found.unbalanced.length} unbalanced`);
  }
}
