/**
 * The analysis core as one module, for scripts (benchmarks, evaluations) that run it outside the
 * server: `require('out/core.js')` after `node esbuild.js`.
 */
export { analyze } from './analysis/analyze';
export { indexKnowledge } from './analysis/entities';
export { structure } from './analysis/text';
export { builtinKnowledge } from './knowledge/index';
export type * from './analysis/types';
