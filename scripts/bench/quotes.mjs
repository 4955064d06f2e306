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
// Who is quoted, per article (people resolved, not spans):
// - Who-is-quoted precision: of the people NewsLens credits with a direct quote in an article, the
//   share whose family name is the last word of some gold Source span of that article (any
//   attribution, any annotator). A person credited who is no gold source anywhere is almost always a
//   resolution error; `--errors` lists them.
//   Who-is-quoted recall: of the people named as the Source of a direct quote (a capitalised Source
//   span), the share NewsLens credits with some quote in that article.
// - Resolved speakers: for each gold direct quote that has a Source, the person or organization it
//   refers to: the Source itself when it names someone, else the referent a reader gave it in
//   `--referents FILE` (test/judged/polnear-dev-referents.tsv: offsets of a name mention, or none).
//   Right when the resolved speaker's name holds that name's last word (or, for none, when the quote
//   is credited to nobody named). Printed over the quotes found, and over those given a speaker.
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
const referentsAt = args.indexOf('--referents');
const referentsFile = referentsAt >= 0 ? args[referentsAt + 1] : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1) && (referentsAt < 0 || i !== referentsAt + 1));
if (dirs.length === 0) {
  console.error('usage: node scripts/bench/quotes.mjs CORPUS_DIR [...] [--errors] [--limit N]');
  process.exit(2);
}

const core = await loadCore();
const index = core.indexKnowledge(core.builtinKnowledge());
const QUOTE_MARK = /["“”«»„'‘’‚]/;
const PRONOUN = /^(?:he|she|they|i|we|it|you|him|her|his|who|which|that)$/i;

/** Judged referents of quotes whose Source is a pronoun or a description: "file:quote" -> name span or null. */
const referents = new Map();
if (referentsFile) {
  for (const line of fs.readFileSync(referentsFile, 'utf8').split('\n').slice(1)) {
    const [file, quote, , , start, end] = line.split('\t');
    if (file) referents.set(`${file}:${quote}`, start === 'none' ? null : { start: Number(start), end: Number(end) });
  }
}

for (const dir of dirs) {
  const docs = loadCorpus(dir).slice(0, limit);
  // Each article is analysed once; who-is-quoted reads the same analyses.
  whoIsQuoted(docs, report(dir, docs));
}
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
        const fragments = rest
          .join(' ')
          .split(';')
          .map((f) => f.trim().split(/\s+/).map(Number))
          .map(([start, end]) => ({ start, end }));
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
          console.log(
            `WRONG ${doc.name}: got ${JSON.stringify(sp.text)} (${sp.via}) want ${JSON.stringify(gold)}: ${context(text, quote, attribution.source)}`,
          );
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
  console.log(
    `  full quotes only    coverage ${ratio(full.covered, full.withSource)}, precision ${ratio(full.correct, full.covered)} (${full.withSource} quotes)`,
  );
  printTimings(timings);
  return cache;
}

/**
 * The family name (or an organization's last word) of the name a gold Source span gives: the last
 * capitalised run before any appositive or parenthesis ("Jim Clyburn (D-S.C.), the third-ranking
 * Democrat" -> clyburn, "Trump campaign manager Kellyanne Conway" -> conway), or null.
 */
function lastName(text, span) {
  const head = text
    .slice(span.start, span.end)
    .split(/[,(;:—–]/)[0]
    .replace(/['’]s\b/g, '');
  const runs = head.match(/(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:(?:de|van|von|al|bin|la|le|da|di|del)\s+)?\p{Lu}[\p{L}.'’-]*)*/gu);
  if (!runs) return null;
  const words = runs[runs.length - 1].split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
  return words.length ? words[words.length - 1].replace(/\.$/, '').toLowerCase() : null;
}
/** The last word of a name, lowercase, without a possessive or a generation ("Jr."), as lastName takes it. */
function lastWordOf(name) {
  const words = (name.replace(/['’]s\b/g, '').match(/[\p{L}'’-]+/gu) ?? ['']).filter((w) => !/^(?:Jr|Sr|II|III|IV)$/.test(w));
  return (words.pop() ?? '').toLowerCase();
}

/**
 * Who is quoted: NewsLens's credited people against the gold sources, and resolved speakers quote by
 * quote, over the analyses `report` made (text file -> { text, analysis, byStart }).
 */
function whoIsQuoted(docs, analyses) {
  const articles = new Map();
  for (const doc of docs) {
    if (!articles.has(doc.textFile)) articles.set(doc.textFile, { name: doc.name, docs: [] });
    articles.get(doc.textFile).docs.push(doc);
  }
  const who = { credited: 0, inGold: 0, goldQuoted: 0, recalled: 0 };
  const res = { found: 0, given: 0, right: 0, rightGiven: 0 };
  for (const [textFile, { name, docs: annotations }] of articles) {
    const { text, analysis, byStart } = analyses.get(textFile);
    const goldSurnames = new Set();
    const quotedSurnames = new Set();
    const quotes = new Map();
    for (const doc of annotations) {
      for (const a of doc.attributions) {
        for (const s of a.source) {
          const last = lastName(text, s);
          if (last && !PRONOUN.test(last)) goldSurnames.add(last);
        }
        if (a.content.length === 0 || a.source.length === 0 || openingMark(text, a.content[0]) < 0) continue;
        for (const fragment of a.content) {
          const mark = openingMark(text, fragment);
          if (mark < 0 || quotes.has(mark)) continue;
          const sourceText = a.source
            .map((s) => text.slice(s.start, s.end))
            .join(' ')
            .trim();
          // A description ("The New York businessman", "Obama's former strategist") names nobody, though
          // it has capitals: its head noun is lowercase. Like a pronoun, it is scored through --referents.
          const head =
            sourceText
              .split(/[,(;:—–]/)[0]
              .trim()
              .split(/\s+/)
              .pop() ?? '';
          const named = !PRONOUN.test(sourceText) && /\p{Lu}/u.test(sourceText) && !/^\p{Ll}/u.test(head) ? lastName(text, a.source[0]) : null;
          quotes.set(mark, named);
          if (named && /^\p{Lu}\p{Ll}/u.test(sourceText.split(/\s+/).pop() ?? '')) quotedSurnames.add(named);
        }
      }
    }
    const credited = new Set(analysis.quotes.filter((q) => q.speaker?.id.startsWith('person:')).map((q) => lastWordOf(q.speaker.name)));
    for (const surname of credited) {
      who.credited++;
      if (goldSurnames.has(surname)) who.inGold++;
      else if (showErrors) console.log(`CREDITED NOT A GOLD SOURCE ${name}: ${surname}`);
    }
    for (const surname of quotedSurnames) {
      who.goldQuoted++;
      if (credited.has(surname)) who.recalled++;
    }
    for (const [mark, named] of quotes) {
      const quote = byStart.get(mark);
      if (!quote) continue;
      const key = `${path.basename(textFile)}:${mark}`;
      let want = named;
      if (!want) {
        if (!referents.has(key)) continue;
        const ref = referents.get(key);
        want = ref ? lastWordOf(text.slice(ref.start, ref.end)) : null;
        if (!ref) want = '';
      }
      res.found++;
      const got = quote.speaker?.id ? quote.speaker.name : '';
      if (got) res.given++;
      const right =
        want === ''
          ? !got
          : !!got &&
            got
              .toLowerCase()
              .split(/[^\p{L}'’-]+/u)
              .map((w) => w.replace(/['’]s$/, ''))
              .includes(want);
      if (right) {
        res.right++;
        if (got) res.rightGiven++;
      } else if (showErrors)
        console.log(
          `RESOLVED WRONG ${name}@${mark}: got ${JSON.stringify(got)} (${quote.speaker?.via ?? 'no speaker'}) want ${JSON.stringify(want || 'nobody named')}`,
        );
    }
  }
  const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
  console.log(
    `  who-is-quoted       precision ${ratio(who.inGold, who.credited)} (${who.inGold}/${who.credited} people credited), recall ${ratio(who.recalled, who.goldQuoted)} (${who.recalled}/${who.goldQuoted} named sources of quotes)`,
  );
  console.log(
    `  resolved speakers   right ${ratio(res.right, res.found)} of quotes found (${res.right}/${res.found}), ${ratio(res.rightGiven, res.given)} of quotes given a speaker (${res.rightGiven}/${res.given})${referentsFile ? '' : ' [named sources only; add --referents for pronouns]'}`,
  );
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
    console.log(
      `  ${name.padEnd(32)} ${(t2 - t1).toFixed(0).padStart(6)} ms (structure ${(t1 - t0).toFixed(0)} ms): ${quotes.length} quotes, ${found.unbalanced.length} unbalanced`,
    );
  }
}
