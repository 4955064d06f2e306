/**
 * Word lists for the claims stage and the attribution rules. They are kept apart from the logic so the
 * vocabulary can grow (and be reviewed by an editor) without touching how sentences are read.
 */

import { type FormKind, inflect } from './inflect';
import { entries, wordSet } from './load';
import attributionCuesList from './lists/attribution-cues.txt';
import reportVerbsList from './lists/report-verbs.txt';
import sourceNounsList from './lists/source-nouns.txt';
import genericVerbsList from './lists/generic-verbs.txt';
import groupModifiersList from './lists/group-modifiers.txt';
import groupNounsList from './lists/group-nouns.txt';
import hostileVerbsList from './lists/hostile-verbs.txt';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Forms of "to be" and "to get" that make a following participle passive. */
export const BE = words('is are was were been being be got gets get');

/** Auxiliaries and adverbs that may sit between a subject and its verb without changing who acts. */
export const SKIPPABLE = words(`
  has have had did does do also then later already again once first still even soon now previously
  reportedly allegedly apparently likely probably just subsequently further recently repeatedly
  secretly quietly successfully actively since ever originally initially eventually ultimately
  separately additionally allegedly purportedly reportedly themselves itself long often routinely
  sometimes usually frequently regularly
`);

/** Modal verbs: what follows is possible, planned or demanded, not asserted as done. */
export const MODAL = words(`
  could would might may can will shall should must ought cannot won't can't couldn't wouldn't
  mustn't shouldn't won’t can’t couldn’t wouldn’t mustn’t shouldn’t
`);

/** Negations inside the verb group. */
export const NEGATION = words(`
  not never no neither nor didn't hasn't haven't hadn't isn't wasn't weren't aren't doesn't don't
  didn’t hasn’t haven’t hadn’t isn’t wasn’t weren’t aren’t doesn’t don’t
`);

/** The hostile verbs (lists/hostile-verbs.txt): lemma, class, and the particles a phrasal one needs. */
const HOSTILE_VERBS = entries(hostileVerbsList).map((entry) => {
  const [words, cls, subject] = entry.split(/\s+/);
  const [lemma, ...particles] = words.split('+');
  return { lemma, cls, particles, groupOnly: subject === 'group' };
});

/**
 * Forms of the verbs marked `group`: they accuse an actor or a group, but with a country alone as
 * subject they are policy or war far more often than a cyber operation ("Russia hit Ukraine with
 * sanctions").
 */
export const GROUP_ONLY = new Set(HOSTILE_VERBS.filter((v) => v.groupOnly).flatMap((v) => inflect(v.lemma).map(([form]) => form)));

/**
 * Forms of the one-word hostile verbs by kind. Past forms and participles are unambiguous; present
 * forms ("targets", "attacks") double as nouns and get stricter checks; bare forms are read as verbs
 * after a plural subject ("Russian hackers target ...") or after "to".
 */
export const HOSTILE_PAST = new Set<string>();
export const HOSTILE_ING = new Set<string>();
export const HOSTILE_PRESENT = new Set<string>();
export const HOSTILE_BASE = new Set<string>();
/** Phrasal hostile verbs by form: the particles that must follow and the kind of the form ("broke into"). */
export const HOSTILE_PHRASAL = new Map<string, { particles: string[]; kind: FormKind; cls: string }[]>();
const BY_KIND: Record<FormKind, Set<string>> = { past: HOSTILE_PAST, ing: HOSTILE_ING, present: HOSTILE_PRESENT, base: HOSTILE_BASE };
for (const { lemma, cls, particles } of HOSTILE_VERBS) {
  for (const [form, kind] of inflect(lemma)) {
    if (particles.length === 0) BY_KIND[kind].add(form);
    else HOSTILE_PHRASAL.set(form, [...(HOSTILE_PHRASAL.get(form) ?? []), { particles, kind, cls }]);
  }
}
// "targetted" is a common misspelling in news copy.
HOSTILE_PAST.add('targetted');

/** Verbs that are hostile only with a hostile object ("launched a campaign", "deployed malware"). */
export const GENERIC_VERB = wordSet(genericVerbsList);

/** Objects that make a generic verb hostile. */
export const HOSTILE_OBJECT =
  /^(?:(?:cyber-?)?attacks?|cyberattacks?|intrusions?|hacks?|hacking|(?:cyber-?)?espionage|malware|ransomware|wipers?|backdoors?|spyware|trojans?|implants?|(?:spear-?)?phishing|disinformation|misinformation|propaganda|influence|sabotage|exploits?|zero-days?|botnets?|trolls?|bots|ddos|surveillance|spying|interference|meddling|infiltration|breach(?:es)?|exfiltration|cyberwarfare|keyloggers?|rootkits?|payloads?|lures?|hack-and-leak|malicious|compromised|stolen|hijacked|infected|hacked|hackers)$/;

/**
 * Objects that are hostile only with a hostile modifier: "an influence campaign", "cyber operations"
 * (not "a campaign against corruption", "special operations forces").
 */
export const QUALIFIED_OBJECT = /^(?:campaigns?|operations?)$/;
export const OBJECT_QUALIFIER =
  /^(?:cyber|hacking|influence|disinformation|misinformation|espionage|cyberespionage|phishing|spear-?phishing|malware|ransomware|covert|offensive|destructive|sabotage|intrusion|spying|hack-and-leak|troll|bot|propaganda|wiper|ddos|denial-of-service|surveillance|interference|meddling|cyber-?espionage)$/;

/** "Access" and "a foothold" are hostile when they are into computers, not into markets. */
export const ACCESS_OBJECT = /^(?:access|foothold|footholds)$/;
export const CYBER_NOUN =
  /^(?:networks?|systems?|accounts?|e-?mails?|servers?|computers?|data|mailboxes|inboxes|devices|routers|infrastructure|databases?|files|credentials|passwords|portals?|cloud|environments?|machines|laptops|phones|repositories)$/;

/**
 * Verbs that lead into a hostile "-ing" form whose subject is theirs: "began targeting", "spent years
 * stealing", "continued attacking".
 */
export const ING_LEAD = words('began begun started continued kept spent resumed');

/** Verbs after which "to" + a hostile verb is still an accusation ("tried to hack"). */
export const TRY_VERB = words('tried attempted sought tries attempts seeks trying attempting seeking worked');

/** Participles that pin an act on someone ("was attributed to APT28") without saying who did the pinning. */
export const PINNING = words('attributed blamed pinned traced');

/**
 * Nouns that name an acting group. With a country or actor before them ("Russian hackers", "Sandworm
 * operators", "China's military") they name an accused party.
 */
export const GROUP_NOUN = wordSet(groupNounsList);

/** Words that may stand between a country and its group noun ("Russian state-sponsored hackers"). */
export const GROUP_MODIFIER = wordSet(groupModifiersList);

/** Definite descriptions that refer back to an actor named earlier. */
export const ANAPHORIC = /^(?:it|they|the (?:group|hackers|attackers|actors?|threat actors?|gang|operators|crew|unit|intruders|adversary|apt))$/i;

/**
 * Intelligence services and military units named without an entity mention: they are accused parties
 * in their own right ("the GRU hacked ...").
 */
export const INTEL_SERVICE =
  /^(?:GRU|SVR|FSB|MSS|RGB|IRGC|PLA|KGB|Unit \d+|Military Unit \d+|Ministry of State Security|Reconnaissance General Bureau|Main Intelligence Directorate|(?:Islamic )?Revolutionary Guards?(?: Corps)?|Quds Force|Foreign Intelligence Service|Federal Security Service|People's Liberation Army)$/;

/** Verbs of saying and reporting that attribute a statement wherever they appear outside quotes. */
export const SAY_VERB = wordSet(attributionCuesList);

/**
 * Reporting verbs that are also ordinary verbs ("found", "named", "called"): they attribute only
 * when a plausible source stands right before them.
 */
export const REPORT_VERB = wordSet(reportVerbsList);

/** Nouns that can be the source of a report ("researchers found", "the indictment alleges"). */
export const SOURCE_NOUN = wordSet(sourceNounsList);

/** Documents whose mention ("in a report", "in its advisory") attributes what the sentence says. */
/** Nouns that report an accusation rather than make it: "the consensus that Russia hacked ...". */
export const ACCUSATION_NOUN =
  /\b(?:assessments?|conclusions?|consensus|findings?|allegations?|accusations?|claims?|charges?|suspicions?|belief|view|evidence|determination|theory|reports?)\s+that\b/iu;

export const DOCUMENT =
  /\b(?:in|per|from) (?:a|an|the|its|their|his|her|this|that|last|new|recent|[\p{L}\p{N}.&-]+['’]s)\b[^.;]{0,60}?\b(?:report|statement|advisory|indictment|complaint|filing|analysis|assessment|post|blog|alert|bulletin|briefing|testimony|interview|letter|memo|paper|study|affidavit|documents?|findings|investigation|warning|notice|presentation|tweet|release|disclosure|research|note|hearing|speech|lawsuit)s?\b/iu;

/** Sentence-level signals that the accusation is denied, doubted or merely possible. */
export const DOUBT =
  /\b(?:no (?:evidence|sign|indication|proof)|not (?:clear|known|yet known)|unclear|unknown whether|whether|if|denied|denies|deny|denying|rejected|dismissed|refuted|disputed|rumou?rs?)\b/i;

/** Sentence openers that continue the account of the previous sentence. */
export const CONTINUATION =
  /^(?:it|they|its|their|he|she|this|these|those|that|also|in addition|additionally|then|later|afterwards?|subsequently|further(?:more)?|moreover|the (?:group|hackers|attackers|actors?|threat actors?|gang|operators|crew|unit|intruders|campaign|operation|attacks?|intrusions?|breach|malware|same|agency|report|indictment|advisory|researchers|firm|company|officers|defendants|spies))\b/i;
