import fc from 'fast-check';
import { test } from 'node:test';
import { analyzeProperty, featuresProperty } from '../properties/properties';

// A bounded, seeded run for every `npm test`; `npm run fuzz` runs the same properties at length.
test('property: analyze() never throws, keeps offsets in the text and off surrogate pairs, is deterministic', () => {
  fc.assert(analyzeProperty, { numRuns: 300, seed: 20261205 });
});

test('property: the LSP features never throw and keep their ranges inside the document', () => {
  fc.assert(featuresProperty, { numRuns: 200, seed: 20261205 });
});
