import type { Actor, Country, EntityMention } from '../types';
import type { RawFinding, Rule } from './rule';
import { paragraphAt } from './util';

/**
 * The text ties an actor to a country its profile contradicts: "Volt Typhoon, a Russian group",
 * "China-linked APT28", "APT28, which is based in Iran". The country must be grammatically attached
 * to the actor (a modifier, a possessive, an appositive or a copula), not merely nearby: in "APT28,
 * like China's Volt Typhoon, ..." China belongs to Volt Typhoon.
 */
export const profileConflict: Rule = {
  code: 'profile-conflict',
  defaultSeverity: 'error',
  description: 'The text ties an actor to a country that contradicts its profile.',
  rationale:
    "Naming the wrong country for a well-documented group is a factual error that undermines the whole story; it usually comes from confusing two groups' names.",
  check: ({ text, entities, index, structure }) => {
    const { actorsById: actors, countriesByCode: countries } = index;
    const mentions = [...entities].sort((a, b) => a.start - b.start);
    const findings: RawFinding[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const actorMention = mentions[i];
      if (actorMention.kind !== 'actor') continue;
      const actor = actors.get(actorMention.id);
      if (!actor?.country) continue;
      if (paragraphAt(structure, actorMention.start)?.kind === 'boilerplate') continue;
      for (const country of tiedCountries(text, mentions, i)) {
        if (country.id === `country:${actor.country}`) continue;
        const written = countries.get(country.id.replace(/^country:/, ''));
        findings.push(conflict(actorMention, country, formOf(country, written), actor, countries.get(actor.country)));
      }
    }
    return findings;
  },
};

/** Words that may stand between a country and the actor it qualifies ("Chinese state-sponsored group"). */
const TIE = new Set(
  `group groups hacking hacker hackers threat actor actors apt advanced persistent state sponsored backed
  linked affiliated aligned nexus based government military intelligence cyber cyberespionage espionage
  spy gang ransomware crew outfit unit team collective cluster cybercrime cybercriminal notorious prolific
  infamous elite so-called suspected alleged nation-state nation hacktivist operators operation
  state-sponsored state-backed state-linked government-backed sophisticated well-known known
  cyber-espionage agency service`.split(/\s+/),
);

/** Words an appositive or predicate may use to tie an actor to a country ("which is believed to be based in"). */
const POST = new Set(
  `a an the which that who is was are were has have had been being believed thought said widely reportedly
  allegedly known to be also likely probably itself seen considered described assessed generally long
  apparently linked tied connected attributed backed sponsored run operated controlled based headquartered
  located working works work operating operates operate affiliated associated aligned part acting acts
  behalf funded directed employed arm tasked belonging belongs serving serves loyal origin in of for by
  from on with out usually often commonly typically mostly frequently ties tie links link long standing
  longstanding close deep strong`.split(/\s+/),
);

/** Countries grammatically tied to the actor mention at `i`. */
function tiedCountries(text: string, mentions: EntityMention[], i: number): EntityMention[] {
  const actor = mentions[i];
  const tied: EntityMention[] = [];
  // Before the actor: the nearest country, with nothing but modifier words in between.
  for (let j = i - 1; j >= 0 && actor.start - mentions[j].end < 70; j--) {
    const c = mentions[j];
    if (c.kind === 'actor') break;
    if (c.kind !== 'country') continue;
    if (tiedBefore(text, c, actor) && !coordinated(text, mentions, j)) tied.push(c);
    break;
  }
  // After the actor: an appositive or predicate that names a country.
  for (let j = i + 1; j < mentions.length && mentions[j].start - actor.end < 90; j++) {
    const c = mentions[j];
    if (c.kind === 'actor') break;
    if (c.kind !== 'country') continue;
    // "Volt Typhoon, the U.S. government's name for ...": the country owns something else.
    const owner = /^\s+[\p{L}.-]+['’]s\b/u.test(text.slice(c.end, c.end + 40));
    if (!owner && tiedAfter(text.slice(actor.end, c.start))) tied.push(c);
    break;
  }
  return tied;
}

function tiedBefore(text: string, country: EntityMention, actor: EntityMention): boolean {
  let gap = text.slice(country.end, actor.start);
  if (/\n\s*\n/.test(gap)) return false;
  gap = gap.replace(/^['’]s?(?=\s)/, '');
  if (!/^[\s-]/.test(gap) && gap !== '') return false;
  const words = gap.split(/[\s-]+/).filter(Boolean);
  return words.length <= 5 && words.every((w) => TIE.has(w.toLowerCase()));
}

/** "Iranian and Russian groups APT33 and APT28": a country in a list qualifies the list, not one actor. */
function coordinated(text: string, mentions: EntityMention[], j: number): boolean {
  const previous = mentions[j - 1];
  return !!previous && previous.kind === 'country' && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(previous.end, mentions[j].start));
}

function tiedAfter(gap: string): boolean {
  if (/\n\s*\n/.test(gap)) return false;
  // An appositive opens with a comma, dash or parenthesis; a predicate with a form of "to be".
  const opener = /^(?:\s*(?:,|\(|—|–|--|\s-\s)\s*|\s+(?=(?:is|was|are|were|has|have|believed|thought|based|linked|tied|backed|sponsored)\b))/u.exec(gap);
  if (!opener) return false;
  const rest = gap.slice(opener[0].length);
  if (/[^\p{L}\s'’-]/u.test(rest)) return false;
  const words = rest.split(/[\s-]+/).filter(Boolean);
  return words.length <= 10 && words.every((w) => POST.has(w.toLowerCase()) || TIE.has(w.toLowerCase()));
}

/** How the mention names its country; the entity stage says so, else the country's lists tell. */
function formOf(mention: EntityMention, country: Country | undefined): EntityMention['form'] {
  if (mention.form) return mention.form;
  const written = mention.text.replace(/['’]s$/, '');
  if (country?.demonyms.includes(written)) return 'demonym';
  if (country?.metonyms.includes(written)) return 'metonym';
  return 'name';
}

function conflict(actorMention: EntityMention, country: EntityMention, form: EntityMention['form'], actor: Actor, profile: Country | undefined): RawFinding {
  const start = Math.min(actorMention.start, country.start);
  const end = Math.max(actorMention.end, country.end);
  const profileName = profile?.name ?? actor.country!;
  const message = `${actorMention.text} is attributed to ${profileName} in its profile, but the text ties it to ${country.name}.`;
  if (!profile) return { start, end, message, data: { actorId: actor.id } };
  const replacement = form === 'demonym' ? (profile.demonyms[0] ?? profile.name) : form === 'metonym' ? (profile.metonyms[0] ?? profile.name) : profile.name;
  return {
    start,
    end,
    message,
    data: {
      actorId: actor.id,
      fixes: [
        {
          title: `Replace "${country.text}" with "${replacement}" (${actor.name}'s profile)`,
          edits: [{ start: country.start, end: country.end, newText: replacement }],
        },
      ],
    },
  };
}
