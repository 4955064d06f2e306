/**
 * Attribution cues: the verbs and phrases that credit words to a speaker ("said", "told", "tweeted",
 * "according to"), and the small closed word classes the speaker finder needs to read the phrase
 * around them (pronouns, determiners, titles, words that cannot head a noun phrase).
 */

/** Verbs that report speech or writing, as lemmas; their inflected forms are derived below. */
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'ask', 'explain', 'write', 'tweet', 'post', 'note', 'continue', 'argue', 'insist',
  'claim', 'state', 'declare', 'announce', 'warn', 'reply', 'respond', 'answer', 'recall', 'remark',
  'observe', 'acknowledge', 'admit', 'concede', 'complain', 'suggest', 'predict', 'promise', 'vow',
  'pledge', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell', 'scream', 'chant', 'sing', 'cry', 'whisper',
  'mutter', 'demand', 'urge', 'plead', 'testify', 'report', 'confirm', 'deny', 'allege', 'assert',
  'contend', 'maintain', 'conclude', 'interject', 'retort', 'counter', 'charge', 'emphasize',
  'emphasise', 'stress', 'exclaim', 'wonder', 'muse', 'gush', 'lament', 'concur', 'agree', 'recount',
  'reason', 'posit', 'opine', 'quote', 'text', 'email', 'message', 'blast', 'snap', 'sigh', 'laugh',
  'thunder', 'proclaim', 'caution', 'advise', 'assure', 'reassure', 'remind', 'inform', 'elaborate',
  'clarify', 'offer', 'reflect', 'speculate', 'think', 'believe', 'tout', 'mock', 'scoff', 'sneer',
  'marvel', 'recommend', 'acknowledge', 'apologize', 'apologise', 'begin', 'rail', 'hit', 'fume',
  'rage', 'scold', 'read', 'describe', 'call', 'label', 'dub', 'characterize', 'characterise', 'echo',
  'repeat', 'reiterate', 'stammer', 'grumble', 'groan', 'moan', 'howl', 'roar', 'bellow', 'intone',
  'declaim', 'counsel', 'suggest', 'estimate', 'calculate', 'figure', 'hypothesize', 'surmise', 'guess',
  'imply', 'indicate', 'signal', 'relate', 'narrate', 'disclose', 'reveal', 'divulge', 'publish',
  'write', 'editorialize', 'sum', 'put', 'chime', 'weigh', 'fire', 'shoot', 'go', 'point', 'speak',
  'question', 'challenge', 'object', 'protest', 'type', 'comment', 'attack', 'criticize', 'criticise',
  'praise', 'accuse', 'defend', 'dismiss', 'liken', 'compare', 'hail', 'condemn', 'denounce', 'decry',
  'lambaste', 'slam', 'ridicule', 'taunt', 'cite', 'invoke', 'reference', 'tease', 'thank', 'applaud',
  'react', 'beam', 'smile', 'grin', 'chuckle', 'shrug', 'sob', 'gasp', 'snort', 'hiss', 'growl', 'snarl',
  'crow', 'confide', 'confess', 'volunteer', 'interrupt', 'rant', 'vent', 'lecture', 'preach', 'beg', 'implore',
  'admonish', 'chide', 'chastise', 'rebuke', 'reprimand', 'josh', 'kid', 'chime', 'pronounce', 'assess', 'predict',
  'recollect', 'reminisce', 'pontificate', 'gloat', 'mouth', 'muse', 'declare', 'jeer', 'heckle', 'cheer', 'proffer', 'holler', 'bark', 'quibble', 'caution', 'swear',
];

/** Verbs that need a particle to report speech ("pointed out", "went on", "put it"). */
const NEEDS_PARTICLE: Record<string, string[]> = {
  sum: ['up'], put: ['it'], chime: ['in'], weigh: ['in'], fire: ['back'], shoot: ['back'], go: ['on'],
  point: ['out'], hit: ['back', 'out'], rail: ['against'],
};

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'],
  sing: ['sang', 'sung', 'sings', 'singing'], think: ['thought', 'thinks', 'thinking'], begin: ['began', 'begun'],
  read: ['read', 'reads'], speak: ['spoke', 'spoken', 'speaks', 'speaking'], go: ['went', 'goes', 'going'],
  put: ['put', 'puts', 'putting'], hit: ['hit', 'hits', 'hitting'], shoot: ['shot', 'shoots', 'shooting'],
};

/** Every inflected form of the speech verbs, mapped to its lemma. */
const FORMS = new Map<string, string>();
for (const lemma of SPEECH_LEMMAS) {
  for (const form of inflect(lemma)) if (!FORMS.has(form)) FORMS.set(form, lemma);
}

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const out = [lemma];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  // Short verbs ending consonant-vowel-consonant double the consonant (quip -> quipped).
  const doubled = /^(quip|snap|admit|concur|chat|jab|stop|plan|grab|knock|prod)$/.test(lemma) ? lemma + lemma[lemma.length - 1] : stem;
  out.push(consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
  out.push(consonantY ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : doubled + 'ed');
  out.push((lemma.endsWith('ee') ? lemma : doubled) + 'ing');
  return out;
}

/**
 * The lemma of a speech verb at token `i` of `words` (lowercase word texts), and how many tokens the
 * cue spans; null when the word is not one. Verbs that need a particle only count with it.
 */
export function speechVerb(words: readonly string[], i: number): { lemma: string; length: number } | null {
  const lemma = FORMS.get(words[i]);
  if (!lemma) return null;
  const particles = NEEDS_PARTICLE[lemma];
  if (particles) return particles.includes(words[i + 1]) ? { lemma, length: 2 } : null;
  return { lemma, length: 1 };
}

/** Whether a speech verb form is a participle or gerund ("saying", "adding"), which has no subject of its own. */
export const isParticiple = (word: string) => word.endsWith('ing');

/** Personal pronouns that can stand for a speaker, with the kind of referent they take. */
export const PRONOUNS: Record<string, 'person' | 'organization' | 'any' | 'self' | 'relative'> = {
  he: 'person', she: 'person', they: 'any', it: 'organization', we: 'self', i: 'self', you: 'self',
  who: 'relative', which: 'relative',
};

/** Words that introduce a noun phrase and belong to it ("the", "a", "another", "his"). */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'most',
  'other', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'both', 'all',
  'few', 'no', 'each', 'every', 'any', 'dozens', 'hundreds', 'thousands', 'numerous', 'various',
]);

/** Adverbs and auxiliaries that may stand between a subject and its verb ("has also said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'previously', 'again', 'just', 'recently', 'often',
  'repeatedly', 'since', 'would', 'will', 'may', 'might', 'could', 'should', 'did', 'does', 'do', 'once',
  'further', 'earlier', 'still', 'even', 'frequently', 'never', 'already', 'first', 'finally', 'simply',
  'subsequently', 'privately', 'publicly', 'reportedly', 'allegedly', 'separately', 'flatly', 'quickly',
  'is', 'was', 'were', 'are', 'been', 'be', 'being', 'not', 'had', 'long', 'now', 'only', 'all', 'both',
  'too', 'famously', 'memorably', 'bluntly',
]);

/** Capitalised words that start sentences or clauses but are not names. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'as', 'when', 'after', 'before', 'while', 'then',
  'so', 'yet', 'now', 'still', 'also', 'if', 'for', 'with', 'from', 'by', 'to', 'of', 'that', 'this', 'these',
  'those', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'asked', 'meanwhile', 'however', 'instead', 'later', 'earlier', 'today', 'yesterday', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'said', 'says', 'according', 'speaking', 'during', 'since', 'until', 'because', 'although', 'though',
  'like', 'unlike', 'about', 'over', 'under', 'into', 'onto', 'despite', 'without', 'within', 'among',
  'between', 'through', 'across', 'against', 'toward', 'towards', 'upon', 'what', 'why', 'how', 'who',
  'where', 'which', 'whether', 'not', 'no', 'yes', 'well', 'even', 'just', 'only', 'both', 'all', 'every',
  'each', 'some', 'many', 'most', 'more', 'other', 'another', 'such', 'last', 'next', 'first', 'one',
  'likewise', 'similarly', 'moreover', 'thus', 'therefore', 'indeed', 'nonetheless', 'nevertheless',
  'furthermore', 'additionally', 'finally', 'ultimately', 'overall', 'specifically', 'notably', 'separately',
  'previously', 'recently', 'again', 'then', 'yes', 'no', 'please', 'thanks', 'okay', 'ok',
]);

/** Titles that come before a name and are not part of it (Sen. Elizabeth Warren, President Obama). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'gen', 'general', 'lt', 'col', 'capt', 'captain', 'cmdr', 'adm', 'admiral', 'sgt', 'maj',
  'rev', 'reverend', 'president', 'vice', 'secretary', 'mayor', 'judge', 'justice', 'chief', 'director',
  'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'minister', 'ambassador', 'attorney', 'commissioner',
  'sheriff', 'officer', 'detective', 'pastor', 'father', 'bishop', 'pope', 'king', 'queen', 'prince',
  'princess', 'lord', 'sir', 'dame', 'dean', 'coach', 'former', 'deputy', 'acting', 'interim', 'press',
  'spokesman', 'spokeswoman', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'assemblyman',
  'assemblywoman', 'delegate', 'trooper', 'agent', 'cardinal', 'rabbi', 'imam', 'chancellor', 'premier',
  'candidate', 'nominee', 'lady', 'first', 'democratic', 'republican', 'gop', 'independent', 'state',
  'u.s', 'us', 'federal', 'supreme', 'associate', 'house', 'senate', 'majority', 'minority', 'whip',
  'ceo', 'executive', 'founder', 'cofounder', 'co', 'presidential', 'sens', 'reps', 'gens', 'gov.-elect',
  'elect', 'presumptive', 'front', 'runner', 'frontrunner', 'mrs.', 'messrs', 'sec', 'atty', 'supt',
]);

/** Prepositions that tie a role to its organization inside a speaker phrase (a spokesman for the FBI). */
export const LINKING_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on']);

/**
 * Lowercase words that cannot be the head of a speaker phrase (function words, common verbs and
 * adverbs), so "and said" or "it was said" does not make a speaker.
 */
export const NOT_HEADS = new Set([
  'and', 'or', 'but', 'nor', 'that', 'than', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'so', 'if', 'then', 'also', 'not', 'just', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'what',
  'when', 'where', 'why', 'how', 'while', 'after', 'before', 'because', 'about', 'into', 'over', 'up', 'out',
  'there', 'here', 'now', 'again', 'even', 'only', 'still', 'yet', 'ever', 'never', 'very', 'too', 'much',
  'more', 'most', 'less', 'least', 'all', 'both', 'each', 'own', 'same', 'such', 'this', 'these', 'those',
  'the', 'a', 'an', 'no', 'any', 'some', 'every', 'once', 'later', 'earlier', 'today', 'yesterday',
  'tonight', 'ago', 'since', 'until', 'though', 'although', 'whether', 'whose', 'whom', 'someone',
  'everyone', 'anyone', 'nobody', 'everybody', 'somebody', 'something', 'everything', 'nothing', 'me',
  'him', 'her', 'us', 'them', 'himself', 'herself', 'themselves', 'itself', 'myself', 'publicly',
  'privately', 'back', 'down', 'off', 'away', 'around', 'way', 'told',
]);

/** Time nouns: not speakers themselves, but they may modify one ("the 46-year-old"). */
export const TIME_NOUNS = new Set(['time', 'times', 'year', 'years', 'week', 'weeks', 'day', 'days', 'night', 'morning', 'afternoon', 'evening', 'month', 'months']);
for (const w of TIME_NOUNS) NOT_HEADS.add(w);

/** Words that stand alone for a speaker as a pronoun would ("another said", "one tweeted"). */
export const QUANTIFIERS = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'most', 'few', 'all', 'none']);

/** Words in a capitalised name that mark it as an organization rather than a person. */
export const ORGANIZATION_NAME_WORDS = new Set([
  'post', 'times', 'news', 'journal', 'herald', 'tribune', 'press', 'daily', 'magazine', 'gazette',
  'review', 'report', 'network', 'channel', 'department', 'agency', 'ministry', 'bureau', 'office',
  'committee', 'commission', 'council', 'campaign', 'party', 'association', 'institute', 'institution',
  'center', 'centre', 'foundation', 'fund', 'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'llc',
  'ltd', 'co', 'university', 'college', 'school', 'academy', 'hospital', 'police', 'army', 'navy', 'force',
  'guard', 'service', 'services', 'administration', 'board', 'court', 'union', 'league', 'club', 'house',
  'senate', 'congress', 'parliament', 'government', 'command', 'authority', 'organization', 'organisation',
  'coalition', 'alliance', 'federation', 'society', 'council', 'project', 'media', 'radio', 'television',
  'tv', 'broadcasting', 'studios', 'pictures', 'records', 'labs', 'technologies', 'systems', 'security',
  'initiative', 'watch', 'caucus', 'pac', 'trust', 'partners', 'capital', 'holdings', 'industries',
  'airlines', 'motors', 'pentagon', 'kremlin', 'politifact', 'reuters', 'bloomberg', 'breitbart',
  'politico', 'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'bbc', 'ap', 'afp', 'twitter', 'facebook',
  'google', 'microsoft', 'apple', 'amazon', 'poll', 'survey', 'study', 'index',
]);

/**
 * Nouns for people by their role, which a phrase like "a spokesman for the FBI" ties to an
 * organization or a person (plurals are accepted too).
 */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'director', 'head', 'chief',
  'member', 'representative', 'lawyer', 'attorney', 'executive', 'president', 'chairman', 'chairwoman', 'chair',
  'analyst', 'researcher', 'expert', 'professor', 'fellow', 'economist', 'strategist', 'source', 'narrator', 'friend',
  'staffer', 'employee', 'manager', 'leader', 'officer', 'agent', 'investigator', 'prosecutor', 'judge', 'secretary',
  'minister', 'ambassador', 'diplomat', 'envoy', 'founder', 'cofounder', 'partner', 'owner', 'editor', 'reporter',
  'correspondent', 'columnist', 'writer', 'author', 'host', 'anchor', 'voice', 'commander', 'general', 'colonel',
  'sergeant', 'captain', 'lieutenant', 'governor', 'mayor', 'senator', 'lawmaker', 'congressman', 'congresswoman',
  'pollster', 'consultant', 'operative', 'organizer', 'volunteer', 'supporter', 'backer', 'donor', 'voter', 'resident',
  'student', 'teacher', 'doctor', 'nurse', 'scientist', 'engineer', 'historian', 'scholar', 'specialist', 'veteran',
  'counsel', 'deputy', 'assistant', 'coordinator', 'administrator', 'commissioner', 'superintendent', 'inspector',
  'delegate', 'activist', 'critic', 'ally', 'rival', 'colleague', 'father', 'mother', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'niece', 'nephew', 'widow', 'neighbor', 'neighbour',
  'worker', 'negotiator', 'mediator', 'candidate', 'nominee', 'user', 'customer', 'victim', 'witness', 'survivor',
  'protester', 'demonstrator', 'marcher', 'parent', 'citizen', 'immigrant', 'refugee', 'farmer', 'owner', 'patient',
]);

/** Things that carry words, which may say something themselves ("a sign saying", "the memo stated"). */
export const TEXT_NOUNS = new Set([
  'sign', 'signs', 'banner', 'banners', 'cover', 'message', 'messages', 'email', 'emails', 'statement', 'letter', 'text',
  'ad', 'ads', 'advertisement', 'video', 'post', 'tweet', 'tweets', 'headline', 'note', 'memo', 'report', 'poster',
  'posters', 'billboard', 'shirt', 'shirts', 't-shirts', 'sticker', 'flyer', 'leaflet', 'release', 'document', 'filing',
  'order', 'ruling', 'opinion', 'caption', 'slogan', 'page', 'website', 'site', 'book', 'column', 'editorial', 'piece',
]);

/**
 * Speech verbs whose base and -s forms are also common nouns ("his recent remarks", "a blunt
 * message"): in those forms they need a subject that can speak.
 */
export const NOUN_LIKE = new Set([
  'remark', 'comment', 'report', 'note', 'claim', 'quote', 'message', 'text', 'email', 'post', 'tweet', 'answer',
  'reply', 'question', 'offer', 'charge', 'counter', 'echo', 'signal', 'type', 'reference', 'attack', 'praise', 'call',
  'label', 'promise', 'pledge', 'vow', 'demand', 'cry', 'shout', 'yell', 'scream', 'chant', 'joke', 'quip', 'boast',
  'brag', 'retort', 'estimate', 'guess', 'sigh', 'laugh', 'snap', 'roar', 'howl', 'moan', 'groan', 'whisper', 'protest',
  'object', 'challenge', 'blast', 'slam', 'taunt', 'tease', 'cheer', 'jeer', 'state', 'respond', 'lecture', 'rant',
  'smile', 'grin', 'shrug', 'nod', 'sob', 'gasp', 'warning', 'order', 'comment', 'response', 'plead', 'beg',
]);
