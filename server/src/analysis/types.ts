/**
 * Plain data shared by the analysis core and everything that presents it. All offsets are UTF-16
 * code-unit offsets into the analyzed text (JavaScript string indices), `end` exclusive.
 */

/** A half-open range of the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The diagnostic codes NewsLens reports, in the order the README and the settings list them. Each has
 * a rule file in `rules/` (the source of truth for its default severity and description), a setting
 * and a README entry; a test keeps those in step.
 */
export const RULE_CODES = [
  'unattributed-quote',
  'unattributed-claim',
  'vague-source',
  'unresolved-speaker',
  'profile-conflict',
  'unbalanced-quote',
  'speaker-without-role',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** Severities a finding can have, as the settings and the CLI spell them. */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** How the rules are configured: a severity per code, or `off`. Missing codes use the rule's default. */
export type RuleSettings = Partial<Record<RuleCode, Severity | 'off'>>;

// ---------------------------------------------------------------------------------------------
// Text structure
// ---------------------------------------------------------------------------------------------

/** What a paragraph is in an article: the headline, a byline, body text, or a line to ignore. */
export type ParagraphKind = 'headline' | 'byline' | 'dateline' | 'body' | 'boilerplate' | 'heading';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Index of the first sentence of this paragraph in `Structure.sentences`. */
  firstSentence: number;
  /** One past the index of the last sentence of this paragraph. */
  endSentence: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph containing this sentence. */
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'space';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
}

/** The text cut into paragraphs, sentences and tokens. */
export interface Structure {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Word, number, punctuation and quote-mark tokens (no whitespace tokens), in order. */
  tokens: Token[];
}

// ---------------------------------------------------------------------------------------------
// Knowledge
// ---------------------------------------------------------------------------------------------

/** One name of an actor, with the organization that coined it where known. */
export interface ActorAlias {
  name: string;
  /** Who coined the name (Microsoft, CrowdStrike, Mandiant ...), when the sources say. */
  source?: string;
  /**
   * The name is an ordinary word (Lead, Zinc, Mustang ...) or otherwise risky: match it only in a
   * context that shows a group is meant (exact capitalisation plus a cue such as "group", "hackers").
   */
  needsContext?: boolean;
}

/** A threat-actor profile, composed from the knowledge base's structured fields. */
export interface Actor {
  /** `actor:<ATT&CK ID>` when the group has one (`actor:G0007`), else `actor:<slug>`. */
  id: string;
  /** Canonical name: ATT&CK's name where the group is in ATT&CK, else MISP's. */
  name: string;
  attackId?: string;
  mispUuid?: string;
  /** Microsoft's current (weather-themed) name, e.g. Forest Blizzard. */
  microsoftName?: string;
  aliases: ActorAlias[];
  /** ISO 3166 alpha-2 code of the attributed country. */
  country?: string;
  /** Suspected state sponsor as the sources state it (e.g. "Russian Federation", "GRU unit 26165"). */
  sponsor?: string;
  /** Year first seen, from "since YYYY"-style facts. */
  firstSeen?: number;
  targets?: string[];
  software?: string[];
  campaigns?: string[];
  refs?: string[];
}

/** A country with every form an article may use for it. */
export interface Country {
  /** ISO 3166 alpha-2 code. */
  code: string;
  /** Common English short name ("Russia", "United States"). */
  name: string;
  /** Other names and abbreviations (Russian Federation, U.S., USA, Britain). */
  aliases: string[];
  /** Demonyms and adjectives (Russian, North Korean). */
  demonyms: string[];
  /** Capitals and seats of government used for the state (Kremlin, Beijing, Washington). */
  metonyms: string[];
}

export interface Organization {
  /** `org:<slug>`. */
  id: string;
  name: string;
  /** Acronyms and other names (CISA, the Cybersecurity and Infrastructure Security Agency). */
  aliases: string[];
  /** ISO code of the country the organization belongs to, where it is a state body. */
  country?: string;
  /** Short description for hover cards ("US cyber defence agency"). */
  description?: string;
}

/** A person the user declared in the workspace entities file. */
export interface KnownPerson {
  id: string;
  name: string;
  aliases?: string[];
  role?: string;
}

/** Everything the analysis knows beyond the text itself. */
export interface Knowledge {
  actors: Actor[];
  countries: Country[];
  organizations: Organization[];
  people: KnownPerson[];
}

// ---------------------------------------------------------------------------------------------
// Analysis results
// ---------------------------------------------------------------------------------------------

export type EntityKind = 'actor' | 'country' | 'person' | 'organization';

/** One mention of an entity in the text. */
export interface EntityMention extends Span {
  kind: EntityKind;
  /** The mention as written. */
  text: string;
  /** `actor:G0007`, `country:RU`, `person:jane-roe`, `org:cisa`. */
  id: string;
  /** Canonical name of the entity. */
  name: string;
  /** How the mention names a country, for country mentions: its name, demonym, metonym or a compound. */
  form?: 'name' | 'demonym' | 'metonym';
}

/** A person as the article presents them. */
export interface Person {
  id: string;
  /** Full name as first given. */
  name: string;
  /** Role as the article states it (title or appositive), or null when it never does. */
  role: string | null;
  /** Where the role was stated. */
  roleSpan?: Span;
  /** Every mention of this person (full and short forms), in order. */
  mentions: Span[];
}

/** The mention that attributes a quote, and who it resolves to. */
export interface SpeakerRef extends Span {
  /** The mention as written ("he", "Vance", "the agency"). */
  text: string;
  /** Full name of the resolved person or organization ("" when unresolved). */
  name: string;
  /** Resolved entity id (`person:...`, `org:...`), or "" when unresolved. */
  id: string;
  /** How the mention names the speaker. */
  via: 'name' | 'pronoun' | 'nominal' | 'organization';
  /**
   * `low` when a reader could take the mention to mean someone else too (another person who fits was
   * named after the one chosen): the speaker is a probable reading, not a certain one.
   */
  confidence?: 'low';
}

/** A direct quotation. */
export interface Quote extends Span {
  /** The quote as written, marks included. */
  text: string;
  /** The quoted words, marks excluded. */
  content: Span;
  /** Null when nobody is credited. */
  speaker: SpeakerRef | null;
  /** The quote continues across paragraphs: these are its parts, each with its marks. */
  parts?: Span[];
  /** A scare quote or short fragment inside a sentence rather than a full quoted statement. */
  fragment?: boolean;
  /** The opening mark is never closed: the quote runs to the end of its paragraph (see unbalanced-quote). */
  unclosed?: boolean;
  /** The attribution verb or phrase ("said", "according to"), when found. */
  cue?: Span;
}

/** A problem the analysis reports. */
export interface Finding extends Span {
  code: RuleCode;
  severity: Severity;
  message: string;
  /** What the quick fix needs; plain JSON, carried in the LSP diagnostic's `data`. */
  data?: FixData;
}

/** What a quick fix for a finding needs to know, without re-running the analysis. */
export interface FixData {
  /** Edits a fix may offer, each with a title. Offsets are into the analyzed text. */
  fixes?: { title: string; edits: { start: number; end: number; newText: string }[] }[];
  /** The actor concerned, for profile conflicts. */
  actorId?: string;
  /** The text the finding covers, so a "hide" action can name it without reading the document. */
  text?: string;
}

/** The whole analysis of one text. */
export interface Analysis {
  structure: Structure;
  entities: EntityMention[];
  quotes: Quote[];
  people: Person[];
  findings: Finding[];
  /** Problems of the analysis itself (e.g. text too large), never thrown. */
  problems: string[];
  /** Problems with a place in the text: a suppression directive that names an unknown code. */
  notices?: (Span & { message: string })[];
}

/**
 * A finding the user has reviewed and hidden, as LTeX's "hide false positive" does: the code and the
 * exact text it covers. It stays hidden wherever that text stands, however the article changes around it.
 */
export interface HiddenFinding {
  code: RuleCode;
  text: string;
}

/** Options for `analyze()`. */
export interface AnalyzeOptions {
  rules?: RuleSettings;
  /** Findings the user hid. */
  hidden?: readonly HiddenFinding[];
  /** Texts longer than this are analyzed up to the last paragraph that fits; a problem says so. */
  maxLength?: number;
  /** The text is Markdown: only its prose is analyzed (front matter, code, HTML and link targets are not). */
  markdown?: boolean;
}
