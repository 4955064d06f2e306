/**
 * Kinds of organization, so that "the agency said" resolves to the last agency rather than to the
 * last company: the kind a nominal's head noun names, and the kind an organization's name shows.
 */

export type OrganizationKind = 'state' | 'company' | 'media' | 'political' | 'other';

/** Head nouns of nominal speakers that stand for an organization, with the kind they name. */
const HEADS: Record<OrganizationKind, string[]> = {
  state: [
    'agency', 'ministry', 'department', 'bureau', 'office', 'government', 'administration', 'commission', 'authority',
    'authorities', 'regulator', 'watchdog', 'police', 'court', 'embassy', 'army', 'military', 'navy', 'command',
    'force', 'forces', 'council', 'legislature', 'parliament', 'congress', 'senate', 'cabinet', 'regime', 'kremlin',
    'pentagon', 'state', 'city', 'county', 'nation', 'country', 'province', 'district', 'unit', 'division', 'prosecutors',
  ],
  company: [
    'company', 'firm', 'maker', 'manufacturer', 'retailer', 'insurer', 'lender', 'carrier', 'airline', 'startup', 'giant',
    'corporation', 'bank', 'vendor', 'outfit', 'provider', 'operator', 'developer', 'publisher',
  ],
  media: ['newspaper', 'paper', 'magazine', 'website', 'site', 'outlet', 'station', 'channel', 'network', 'publication', 'blog', 'broadcaster'],
  political: ['campaign', 'party', 'committee', 'caucus', 'coalition', 'pac'],
  other: [
    'group', 'organization', 'organisation', 'association', 'institute', 'center', 'centre', 'foundation', 'union', 'club',
    'league', 'alliance', 'federation', 'team', 'school', 'university', 'college', 'hospital', 'charity', 'nonprofit',
    'institution', 'lab', 'laboratory', 'board', 'service', 'think', 'tank', 'researchers',
  ],
};

const HEAD_KIND = new Map<string, OrganizationKind>();
for (const [kind, words] of Object.entries(HEADS) as [OrganizationKind, string[]][]) for (const w of words) HEAD_KIND.set(w, kind);

/** Words in an organization's name that show its kind (compared lowercase, whole words). */
const NAME_WORDS: Record<Exclude<OrganizationKind, 'other'>, string[]> = {
  state: [
    'agency', 'bureau', 'administration', 'department', 'ministry', 'office', 'commission', 'authority', 'police', 'court',
    'embassy', 'army', 'navy', 'command', 'council', 'service', 'services', 'directorate', 'pentagon', 'kremlin', 'congress',
    'senate', 'parliament', 'government', 'fbi', 'cia', 'nsa', 'cisa', 'dhs', 'doj', 'dod', 'epa', 'irs', 'sec', 'ftc', 'fcc',
    'gchq', 'ncsc', 'fsb', 'gru', 'svr', 'mss', 'nypd', 'atf', 'dea', 'usda', 'fda', 'cdc', 'nasa', 'pentagon',
  ],
  company: [
    'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'technologies', 'systems', 'labs', 'software',
    'networks', 'holdings', 'bank', 'airlines', 'motors', 'industries', 'microsoft', 'google', 'apple', 'amazon', 'facebook',
    'twitter', 'meta', 'crowdstrike', 'mandiant', 'kaspersky', 'symantec', 'cisco', 'ibm', 'oracle', 'intel',
  ],
  media: [
    'post', 'times', 'news', 'journal', 'herald', 'tribune', 'press', 'magazine', 'gazette', 'network', 'cnn', 'nbc', 'abc',
    'cbs', 'npr', 'bbc', 'reuters', 'bloomberg', 'politico', 'msnbc', 'fox', 'ap', 'afp', 'breitbart', 'axios', 'wired',
  ],
  political: ['party', 'campaign', 'committee', 'caucus', 'pac', 'dnc', 'rnc', 'gop'],
};

const NAME_KIND = new Map<string, OrganizationKind>();
for (const [kind, words] of Object.entries(NAME_WORDS) as [OrganizationKind, string[]][]) for (const w of words) NAME_KIND.set(w, kind);

/** The kind of organization a nominal's head noun names, or null if the noun is not one. */
export function headKind(head: string): OrganizationKind | null {
  return HEAD_KIND.get(head) ?? null;
}

/** The kind an organization's name shows ("National Security Agency" -> state), or null. */
export function nameKind(name: string): OrganizationKind | null {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = NAME_KIND.get(words[i]);
    if (kind) return kind;
  }
  return null;
}

/** Heads of phrases for someone who speaks for an organization, which stands as the speaker. */
export const SPOKES = /^(spokes(man|woman|person|men|women|people)|representatives?|press office)$/;

/** Organizations a head noun names even though their name does not hold it ("the bureau" -> FBI). */
export const HEAD_ALIASES: Record<string, string[]> = {
  bureau: ['org:fbi'],
  agency: ['org:cia', 'org:nsa', 'org:cisa', 'org:epa', 'org:nasa', 'org:dea'],
};
