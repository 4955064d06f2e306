#!/usr/bin/env node
// Measures the attribution-cue detection of the claims stage against a corpus annotated in brat
// standoff format with Source/Cue/Content spans (for example a local copy of PolNeAR). The corpus is
// read from the folder given on the command line and never copied into the project.
//
//   node scripts/eval/attribution.mjs CORPUS_DIR [--samples N]
//
// CORPUS_DIR holds text/NAME.txt and ann/NAME_ANNOTATOR.ann. For every body sentence the script asks:
// does the gold mark an attribution cue in it, outside quotation marks, and does the claims stage find
// one? It prints precision and recall of that sentence-level decision, how often vague-source fires
// per thousand sentences and how many of its findings overlap a gold Source or Cue span. With
// --samples N it prints N vague-source findings and N missed cues with their sentence, for reading.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore } from '../lib/core.mjs';

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--'));
const samples = args.includes('--samples') ? Number(args[args.indexOf('--samples') + 1]) : 0;
if (!corpus || !existsSync(join(corpus, 'text'))) {
  console.error('usage: node scripts/eval/attribution.mjs CORPUS_DIR [--samples N]   (CORPUS_DIR/text, CORPUS_DIR/ann)');
  process.exit(2);
}

/** Cue and Source spans of every annotator's file for a text. */
function goldSpans(annDir, name) {
  const spans = { Cue: [], Source: [] };
  for (const file of readdirSync(annDir).filter((f) => f.startsWith(`${name}_`) && f.endsWith('.ann'))) {
    for (const line of readFileSync(join(annDir, file), 'utf8').split('\n')) {
      const m = /^T\d+\t(Cue|Source) (\d+) (\d+)/.exec(line);
      if (m) spans[m[1]].push({ start: Number(m[2]), end: Number(m[3]) });
    }
  }
  return spans;
}

async function main() {
  const core = await loadCore();
  const index = core.indexKnowledge(core.builtinKnowledge());
  let tp = 0,
    fp = 0,
    fn = 0,
    sentences = 0,
    vague = 0,
    vagueOnSource = 0;
  const vagueSamples = [];
  const missed = [];
  for (const file of readdirSync(join(corpus, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -4);
    const text = readFileSync(join(corpus, 'text', file), 'utf8');
    const gold = goldSpans(join(corpus, 'ann'), name);
    const { structure, claims } = claimsOf(core, text, index);
    const { prose } = claims;
    for (const [s, sentence] of structure.sentences.entries()) {
      if (structure.paragraphs[sentence.paragraph]?.kind !== 'body') continue;
      sentences++;
      // A cue counts when it lies in the sentence and outside quotation marks.
      const expected = gold.Cue.some((c) => c.start >= sentence.start && c.end <= sentence.end && prose[c.start] !== ' ');
      const found = claims.cues[s] != null;
      if (expected && found) tp++;
      else if (found) fp++;
      else if (expected) {
        fn++;
        missed.push(text.slice(sentence.start, sentence.end));
      }
    }
    const analysis = core.analyze(text, index);
    for (const f of analysis.findings.filter((x) => x.code === 'vague-source')) {
      vague++;
      const overlaps = [...gold.Source, ...gold.Cue].some((g) => g.start < f.end && f.start < g.end);
      if (overlaps) vagueOnSource++;
      vagueSamples.push(`${overlaps ? '+' : '-'} [${text.slice(f.start, f.end)}] ${text.slice(Math.max(0, f.start - 60), f.end + 60).replace(/\s+/g, ' ')}`);
    }
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(`attribution cues over ${sentences} body sentences: P ${p.toFixed(3)}  R ${r.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`vague-source: ${vague} findings, ${((1000 * vague) / sentences).toFixed(1)} per 1000 sentences, ${vagueOnSource} on a gold Source or Cue span`);
  if (samples) {
    const pick = (list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / samples)) === 0).slice(0, samples);
    console.log('\nvague-source findings (+ = on a gold source or cue):');
    for (const line of pick(vagueSamples)) console.log(`  ${line}`);
    console.log('\nmissed cues:');
    for (const line of pick(missed)) console.log(`  ${line.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/** The claims stage's output, running the pipeline of analyze() up to it. */
function claimsOf(core, text, index) {
  const structure = core.structure(text);
  const { entities, people } = core.findEntities(text, structure, index);
  const found = core.findQuotes(text, structure);
  const quotes = core.attributeSpeakers(text, structure, found.quotes, entities, people);
  return { structure, claims: core.findClaims(text, structure, entities, quotes, found.unbalanced) };
}
