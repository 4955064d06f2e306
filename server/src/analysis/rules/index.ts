/** The rule registry: every diagnostic code NewsLens reports, in the order they run. */
import { profileConflict } from './profileConflict';
import type { Rule } from './rule';
import { speakerWithoutRole } from './speakerWithoutRole';
import { unattributedClaim } from './unattributedClaim';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';
import { unresolvedSpeaker } from './unresolvedSpeaker';
import { vagueSource } from './vagueSource';

export type { Rule, RuleContext, RawFinding } from './rule';

export const RULES: readonly Rule[] = [
  unattributedClaim,
  vagueSource,
  unattributedQuote,
  unresolvedSpeaker,
  speakerWithoutRole,
  unbalancedQuote,
  profileConflict,
];
