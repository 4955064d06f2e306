/**
 * The vocabulary of sourcing for the vague-source rule: the nouns of unnamed sources ("sources",
 * "officials"), the words that leave them unnamed ("senior", "Western"), what makes one a source
 * ("said", "familiar with"), the passive and hedged forms of reporting ("it is believed",
 * "reportedly"), anonymity and the reasons given for it. Kept out of the rule so the rule reads as
 * logic and the words can be reviewed as words.
 */
import { entries, wordSet } from './load';
import sourceVerbsList from './lists/source-verbs.txt';
import vagueModifiersList from './lists/vague-modifiers.txt';

/** Nouns that, unnamed, make a vague source. */
export const HEAD =
  /\b(?:sources?|people|persons?|individuals?|insiders?|officials?|experts?|analysts?|researchers?|observers?|diplomats?|investigators?|spokes(?:person|man|woman)|reports)\b/giu;

/** Words that may precede a vague head without naming anyone. */
export const VAGUE_MODIFIER = wordSet(vagueModifiersList);

/** Verb forms that make an unnamed head a source (lists/source-verbs.txt): "officials said". */
const SOURCE_VERBS = entries(sourceVerbsList).join('|');

/** Phrases that relate a source to the story: "familiar with the matter", "briefed on the talks". */
const RELATING = [
  String.raw`familiar(?:\s+with(?:\s+the\s+[\p{L}-]+)?)?`,
  String.raw`close\s+to(?:\s+the\s+[\p{L}-]+)?`,
  String.raw`with\s+(?:direct\s+)?(?:knowledge|access)(?:\s+of(?:\s+the\s+[\p{L}-]+)?)?`,
  String.raw`briefed(?:\s+on(?:\s+the\s+[\p{L}-]+)?)?`,
  String.raw`aware\s+of`,
  String.raw`knowledgeable\s+about`,
  String.raw`involved\s+in`,
].join('|');

/** Auxiliaries and adverbs between the head and its verb ("who have also said"). */
const BETWEEN = String.raw`(?:have\s+|has\s+|had\s+|also\s+|privately\s+|publicly\s+|now\s+|long\s+|previously\s+|separately\s+)*`;

/** After the head: the phrase that makes it a source ("said", "familiar with", "who spoke"). */
export const ROLE_AFTER = new RegExp(String.raw`^(?:\s*,)?\s+(?:who\s+|which\s+)?${BETWEEN}(?:${SOURCE_VERBS}|${RELATING})\b`, 'iu');

/** Local bodies whose officials speak for them in a story about them ("city officials confirmed"). */
export const LOCAL_BODY =
  /^(?:city|county|town|municipal|hospital|school|district|company|police|airport|port|university|utility|council|court|prison|embassy)$/;

/** Seats of government that name an institution, not just a nationality ("White House officials"). */
export const INSTITUTION = /^(?:White House|Kremlin|Pentagon|Downing Street|Élysée|Elysee|Zhongnanhai|Blue House|Whitehall|Quai d'Orsay)$/;

/** A name followed by the start of its appositive: "Douglas Roe, an economist and ". */
export const APPOSITIVE_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s+(?:a|an|the|his|her|their|its|one)\s+(?:[\p{L}-]+\s+){0,6}$/u;

/** Roles that relate a source to the story rather than report anything ("familiar with", "close to"). */
export const RELATIONAL = /familiar|close|knowledge|access|briefed|aware|knowledgeable|involved/i;

export const ROLE_NEEDS_QUANTIFIER = /^(?:people|persons?|individuals?)$/i;
export const NAMED_HEAD_AFTER = /^\s+(?:at|from|with|of|in|inside|within|for)\s+(?:the\s+)?(?=\p{Lu})/u;

export const IT_PASSIVE =
  /\bit(?:\s+(?:is|was|has\s+been|had\s+been)|['’]s)\s+(?:widely\s+|generally\s+|now\s+|also\s+)?(reported|believed|understood|thought|alleged|said|claimed|rumou?red|suspected|feared)\b/giu;
export const PERSONAL_PASSIVE =
  /(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+|,\s*)(?:widely\s+|generally\s+|also\s+)?(?:believed|thought|said|reported|understood|suspected|alleged|rumou?red)\s+to\s+\p{L}+/giu;
export const HEDGE = /\b(?:reportedly|allegedly|purportedly)\b/giu;
export const UNNAMED_REPORT =
  /\baccording\s+to\s+(?:a|an|one)\s+(?:(?:new|recent|media|news|confidential|internal|leaked|classified)\s+)?(?:report|assessment|analysis|study|document|memo)\b(?!\s+(?:by|from|in|of|published|prepared|released)\s+(?:the\s+)?\p{Lu})/giu;
export const ANONYMITY =
  /\b(?:(?:(?:spoke|speaking|talked|talking|commented)\s+(?:to\s+[\p{L}.]+\s+)?)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified))|(?:requested|asked\s+for|granted|given|demanded)\s+anonymity|(?:spoke|speaking)\s+anonymously|(?:declined|asked|requested|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified))/giu;
/** The source a grant of anonymity describes: "a person who ", "two officials, who ". */
export const ANONYMOUS_LEAD = /\b(?:an?|one|two|three|four|several|some)\s+(?:[\p{L}.-]+\s+){0,4}?[\p{L}-]+,?\s+who\s+(?:has\s+|had\s+|was\s+|were\s+)?$/iu;
export const REASON =
  /\b(?:because|since|as\s+(?:he|she|they|the|it|his|her|their|talks|negotiations|discussions)|so\s+as\s+to|in\s+order\s+to|to\s+(?:discuss|describe|speak|talk|share|reveal|detail|comment|brief|disclose|protect|avoid|candidly|freely|frankly|offer|provide|relay|explain|address)|for\s+fear|fearing|citing|not\s+(?:authorized|permitted|allowed|cleared)|due\s+to)\b/iu;
export const SAID_NEAR =
  /^[^.;]{0,40}?\b(?:said|says|told|wrote|alleged|alleges|stated|reported|confirmed|warned|announced|found|indicted|charged|accused|accuses|sanctioned|concluded)\b/iu;
