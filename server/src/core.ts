/**
 * The analysis core as one module, for scripts (benchmarks, evaluations) that run it outside the
 * server: `loadCore()` in scripts/lib/core.mjs builds and loads it. Each stage is exported too, so an
 * evaluation can run the pipeline with one stage replaced (gold entities in place of the matcher's).
 */
export { analyze } from './analysis/analyze';
export { findClaims } from './analysis/claims';
export { findEntities } from './analysis/entities';
export { indexKnowledge } from './analysis/knowledge-index';
export { findQuotes } from './analysis/quotes';
export { RULES } from './analysis/rules/index';
export { attributeSpeakers } from './analysis/speakers';
export { structure } from './analysis/text';
export { builtinKnowledge } from './knowledge/index';
export type * from './analysis/types';
