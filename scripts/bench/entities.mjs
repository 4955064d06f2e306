#!/usr/bin/env node
// Entity-matching throughput: builds the core with esbuild (see scripts/lib/core.mjs), generates a large
// article-like text (default 5 MB) full of actor names, countries, organizations, people and
// ordinary words that look like names, and prints one line with MB/s for findEntities alone.
//
//   node scripts/bench/entities.mjs [--mb 5]
import { loadCore } from '../lib/core.mjs';

const mb = Number(process.argv.includes('--mb') ? process.argv[process.argv.indexOf('--mb') + 1] : 5) || 5;
const core = await loadCore();
const knowledge = core.builtinKnowledge();
let t = performance.now();
const index = core.indexKnowledge(knowledge);
const indexMs = performance.now() - t;

// A deterministic pseudo-random generator, so every run measures the same text.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const actorNames = knowledge.actors.flatMap((a) => a.aliases.map((x) => x.name));
const countryWords = knowledge.countries.flatMap((c) => [c.name, ...c.demonyms]);
const templates = [
  () => `${pick(actorNames)}, which researchers link to ${pick(countryWords)}, struck again, said Jane Roe, the lead analyst at Mandiant.`,
  () => `The ${pick(countryWords)} government denied it; the Kremlin and Beijing said nothing, and the FBI declined to comment.`,
  () => `Lead poisoning, a gold medal and a Ford Mustang have nothing to do with ${pick(actorNames)}'s operators or the Justice Department.`,
  () => `"We see this every day," Deputy Director Tom Burt told reporters in Washington on Monday, adding that Burt's team was busy.`,
  () => `In Russian and English, the note named Storm-${String(Math.floor(random() * 9999)).padStart(4, '0')} and APT${Math.floor(random() * 45)}.`,
];
const parts = [];
let size = 0;
while (size < mb * 1_000_000) {
  const paragraph = Array.from({ length: 4 }, () => pick(templates)()).join(' ');
  parts.push(paragraph);
  size += paragraph.length + 2;
}
const text = parts.join('\n\n');
const structure = core.structure(text);
core.findEntities(text.slice(0, 100_000), core.structure(text.slice(0, 100_000)), index); // warm-up
t = performance.now();
const { entities, people } = core.findEntities(text, structure, index);
const ms = performance.now() - t;
console.log(
  `bench:entities ${(text.length / 1e6).toFixed(1)} MB, ${entities.length} mentions, ${people.length} people: ` +
    `${(text.length / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${ms.toFixed(0)} ms; index of ${index.names.size} names built in ${indexMs.toFixed(0)} ms)`,
);
