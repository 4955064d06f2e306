/** What every rule receives and returns. */
import type { ClaimAnalysis } from '../claims/claims';
import type { KnowledgeIndex } from '../entities/knowledge-index';
import type { EntityMention, FixData, Person, Quote, RuleCode, Severity, Span, Structure } from '../types';

/** Everything the earlier stages found, for a rule to read. Rules never modify it. */
export interface RuleContext {
  text: string;
  structure: Structure;
  entities: EntityMention[];
  quotes: Quote[];
  people: Person[];
  /** Opening quotation marks that are never closed. */
  unbalanced: Span[];
  index: KnowledgeIndex;
  /** Accusations and their attribution, and the text with quotations blanked out. */
  claims: ClaimAnalysis;
}

/** A finding before its configured severity is applied. */
export interface RawFinding extends Span {
  message: string;
  data?: FixData;
}

/** One diagnostic code: its default severity, why it exists, and the check itself (a pure function). */
export interface Rule {
  code: RuleCode;
  defaultSeverity: Severity;
  /** What the rule flags, in one sentence: the settings' description and the README table. */
  description: string;
  /** One sentence for the README and hover: why an editor cares. */
  rationale: string;
  check(context: RuleContext): RawFinding[];
}
