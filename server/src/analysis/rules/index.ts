/** The rule registry: every diagnostic code NewsLens reports, in the order they run. */
import type { Rule } from './rule';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';

export type { Rule, RuleContext, RawFinding } from './rule';

export const RULES: readonly Rule[] = [unattributedQuote, unbalancedQuote];
