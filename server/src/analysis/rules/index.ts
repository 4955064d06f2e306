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

/** Every rule, in the order of RULE_CODES (the order the README and the settings list them). */
export const RULES: readonly Rule[] = [
  unattributedQuote,
  unattributedClaim,
  vagueSource,
  unresolvedSpeaker,
  profileConflict,
  unbalancedQuote,
  speakerWithoutRole,
];
