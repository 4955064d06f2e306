/**
 * The analysis core as one module, for scripts (benchmarks, evaluations) that run it outside the
 * server: `loadCore()` in scripts/lib/core.mjs builds and loads it. Each stage is exported too, so an
 * evaluation can run the pipeline with one stage replaced (gold entities in place of the matcher's).
 */
export { analyze } from './analysis/analyze';
export { findClaims } from './analysis/claims/claims';
export { findEntities } from './analysis/entities/entities';
export { indexKnowledge } from './analysis/entities/knowledge-index';
export { findQuotes } from './analysis/quotes/quotes';
export { RULES } from './analysis/rules/index';
export { attributeSpeakers } from './analysis/speakers/speakers';
export { structure } from './analysis/text/structure';
export { isMarkdownFile, maskMarkdown } from './analysis/text/markdown';
export { builtinKnowledge } from './knowledge/index';
export { RULE_CODES, SEVERITIES } from './analysis/types';
export type * from './analysis/types';
