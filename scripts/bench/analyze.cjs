#!/usr/bin/env node
// Measures the whole analysis (structure, entities, quotes, speakers, rules) on generated articles of
// growing size and prints throughput and memory. Targets live here, not in tests: the analysis should
// stay linear (throughput roughly flat as size grows) and re-analyze a typical article well within a
// keystroke's debounce (250 ms).
//
// Usage: node esbuild.js && node scripts/bench/analyze.cjs [--mb N]
const path = require('node:path');
const { readFileSync, readdirSync } = require('node:fs');
const core = require(path.join(__dirname, '..', '..', 'out', 'core.js'));

const root = path.join(__dirname, '..', '..');
const samples = readdirSync(path.join(root, 'samples')).map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
const maxMb = Number(process.argv[process.argv.indexOf('--mb') + 1]) || 4;

const t0 = performance.now();
const index = core.indexKnowledge(core.builtinKnowledge());
console.log(`knowledge index: ${(performance.now() - t0).toFixed(1)} ms`);

function time(text, rounds) {
  core.analyze(text, index); // warm up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) core.analyze(text, index);
  return (performance.now() - start) / rounds;
}

const typical = samples.reduce((a, b) => (a.length > b.length ? a : b));
const ms = time(typical, 50);
console.log(`typical article (${typical.length} chars): ${ms.toFixed(2)} ms per analysis`);

const body = samples.join('\n\n');
for (let mb = 0.25; mb <= maxMb; mb *= 2) {
  const text = body.repeat(Math.ceil((mb * 1e6) / body.length)).slice(0, mb * 1e6);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const perRun = time(text, 2);
  const heap = (process.memoryUsage().heapUsed - before) / 1e6;
  console.log(`${mb.toFixed(2)} MB: ${perRun.toFixed(0)} ms, ${(mb / (perRun / 1000)).toFixed(2)} MB/s, heap +${heap.toFixed(0)} MB`);
}
// Adversarial shapes: each at two sizes, with the growth factor per doubling (linear is 2.0; the
// issue's bound is 10x the text in at most 11x the time, about 2.1 per doubling).
const given = ['Marisol', 'Kofi', 'Ines', 'Tarik', 'Orla', 'Dariusz', 'Ebru', 'Rukmini'];
const family = ['Vance', 'Mensah', 'Duarte', 'Benali', 'Brennan', 'Wnuk', 'Kaymaz', 'Sathe'];
const fill = (size, piece) => {
  let text = '';
  for (let i = 0; text.length < size; i++) text += piece(i);
  return text.slice(0, size);
};
const shapes = {
  // One paragraph with no break, so nothing can be cut per paragraph.
  'one paragraph': (size) => fill(size, () => 'Fancy Bear hacked the grid, sources say, and "it was bad," he said. '),
  // Quote marks only: every mark opens or closes a quote.
  'quote storm': (size) => fill(size, (i) => (i % 3 ? '"' : '“')),
  // Names everywhere: every sentence introduces people with affiliations and quotes a short form, so
  // the people stage's lookups (affiliations, short forms, pooled evidence) must stay linear.
  'names and quotes': (size) =>
    fill(size, (i) => {
      const tag = i.toString(36).replace(/\d/g, 'x');
      return `${given[i % 8]} ${family[i % 8]}${tag} of Microsoft met Mandiant's ${given[(i + 3) % 8]} Q${tag}son. "Fine," said ${family[i % 8]}${tag}. `;
    }),
  // One family name shared by three people and used thousands of times: which person each short form
  // means must not cost a pass over everyone's mentions.
  'one shared family name': (size) =>
    'Marisol Vance, the founder, said it. Melania Vance, her sister, said so. ' + fill(size, () => 'Mr. Vance said no. Vance agreed. Halyna Vance, 4, too. '),
  // An endless run of capitalised words: every word could start a name.
  'capitalised run': (size) => fill(size, (i) => `${given[i % 8]} ${family[(i * 3) % 8]} `),
};
for (const [name, make] of Object.entries(shapes)) {
  const small = make(250_000);
  const large = make(500_000);
  const a = time(small, 2);
  const b = time(large, 2);
  console.log(`${name}: 0.25 MB ${a.toFixed(0)} ms, 0.5 MB ${b.toFixed(0)} ms, growth per doubling ${(b / a).toFixed(2)}`);
}

// Markdown: the samples' prose with front matter and a link in every other paragraph, read as
// Markdown, against the same prose as plain text (target: within 10%).
const plainProse = samples.join('\n\n');
const markdown =
  '---\ntitle: Samples\n---\n\n' +
  plainProse
    .split('\n\n')
    .map((p, i) => (i % 2 ? p.replace(/(Microsoft|the FBI|CISA|Mandiant)/, `[$1](https://example.org/${i} "source")`) : p))
    .join('\n\n');
const timeAs = (text, options, rounds) => {
  core.analyze(text, index, options);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) core.analyze(text, index, options);
  return (performance.now() - start) / rounds;
};
let plainMs = 0;
let markdownMs = 0;
for (let round = 0; round < 3; round++) {
  plainMs += timeAs(plainProse, {}, 10);
  markdownMs += timeAs(markdown, { markdown: true }, 10);
}
console.log(`Markdown (${markdown.length} chars, links and front matter) vs the same prose as text: ${(markdownMs / plainMs).toFixed(2)}x`);
