#!/usr/bin/env node
// NewsLens against the prose tools people already run, in one run on one thread each: per-article time
// on a 280-word article and throughput on a 0.2 MB concatenation of the samples. The peers are dev
// dependencies, each used the way an editor uses it (set up once, then checking text again and again):
//   cspell-lib   spelling (a DocumentValidator, as the Code Spell Checker extension keeps one per file)
//   write-good   style (passive voice, weasel words)
//   compromise   people, places and organizations, the nearest peer to NewsLens's entities
//   harper.js    grammar (the WebAssembly linter, plain-text mode)
// Targets (issue 11): NewsLens faster than each of them on the same text.
//
// Usage: node esbuild.js && node scripts/bench/peers.mjs [--rounds N]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as cspell from 'cspell-lib';
import nlp from 'compromise';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import writeGood from 'write-good';
import { root } from '../lib/core.mjs';

const core = createRequire(import.meta.url)(join(root, 'out', 'core.js'));
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 20;
const samples = readdirSync(join(root, 'samples'))
  .filter((f) => !f.endsWith('.md'))
  .map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

/** The first paragraphs of a sample that make about 280 words. */
function article(words) {
  const paragraphs = samples[0].split('\n\n');
  let text = '';
  for (const p of paragraphs) {
    if (text.split(/\s+/).length >= words) break;
    text += (text ? '\n\n' : '') + p;
  }
  return text;
}
const short = article(280);
const body = samples.join('\n\n');
const archive = body.repeat(Math.ceil(200_000 / body.length)).slice(0, 200_000);

const index = core.indexKnowledge(core.builtinKnowledge());
const settings = await cspell.getDefaultBundledSettingsAsync();
const validators = new Map();
async function spell(text) {
  // One validator per document size, kept as an editor keeps one per open file.
  let v = validators.get(text.length > 10_000);
  if (!v) {
    const doc = cspell.createTextDocument({ uri: 'file:///bench/article.txt', content: text, languageId: 'plaintext', locale: 'en' });
    v = new cspell.DocumentValidator(doc, { generateSuggestions: false, noConfigSearch: true }, settings);
    await v.prepare();
    validators.set(text.length > 10_000, v);
  }
  v.updateDocumentText(text);
  return v.checkDocument().length;
}
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

const tools = {
  NewsLens: (text) => core.analyze(text, index).findings.length,
  'cspell-lib': spell,
  'write-good': (text) => writeGood(text).length,
  compromise: (text) => {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  },
  'harper.js': async (text) => (await harper.lint(text, { language: 'plaintext' })).length,
};

/**
 * Median milliseconds per call of `run(text)` over `n` calls, after `n` warm-up calls: an editor runs
 * a checker over and over, so each tool is timed once its JavaScript engine has compiled its hot code.
 */
async function median(run, text, n) {
  for (let i = 0; i < n; i++) await run(text);
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

const words = short.split(/\s+/).length;
console.log(`peers, one thread each: a ${words}-word article and ${(archive.length / 1e6).toFixed(1)} MB of articles, median of ${rounds} runs`);
const results = {};
for (const [name, run] of Object.entries(tools)) {
  const perArticle = await median(run, short, rounds);
  const perArchive = await median(run, archive, Math.max(3, Math.floor(rounds / 4)));
  results[name] = { perArticle, throughput: archive.length / 1e6 / (perArchive / 1000) };
}
const ours = results.NewsLens;
for (const [name, { perArticle, throughput }] of Object.entries(results)) {
  const ratio =
    name === 'NewsLens'
      ? ''
      : `  NewsLens is ${(perArticle / ours.perArticle).toFixed(2)}x its speed per article, ${(ours.throughput / throughput).toFixed(2)}x in throughput`;
  console.log(`${name.padEnd(11)} ${perArticle.toFixed(2).padStart(7)} ms per article ${throughput.toFixed(2).padStart(6)} MB/s${ratio}`);
}
