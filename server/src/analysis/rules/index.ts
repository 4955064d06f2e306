/** The rule registry: every diagnostic code NewsLens reports, in the order they run. */
import { profileConflict } from './profile-conflict';
import type { Rule } from './rule';
import { speakerWithoutRole } from './speaker-without-role';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { unresolvedSpeaker } from './unresolved-speaker';
import { vagueSource } from './vague-source';

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
