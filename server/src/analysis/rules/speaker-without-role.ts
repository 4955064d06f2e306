import type { Rule } from './rule';

/** A quoted person whom the article never identifies by title or affiliation. */
export const speakerWithoutRole: Rule = {
  code: 'speaker-without-role',
  defaultSeverity: 'information',
  description: 'A quoted person never identified by title or affiliation.',
  rationale: "A name alone does not tell readers why a speaker's words matter: say who they are (title, employer, relation to the story).",
  check: ({ text, people, quotes }) => {
    const speakers = new Set(quotes.map((q) => q.speaker?.id).filter((id): id is string => !!id));
    return people
      .filter((p) => p.role === null && speakers.has(p.id) && p.mentions.length > 0 && !appositive(text, p.mentions))
      .map((p) => {
        // The first mention with the full name, where a role is conventionally given.
        const full = p.mentions.find((m) => text.slice(m.start, m.end) === p.name) ?? p.mentions[0];
        const next = text[full.end] ?? '';
        const newText = /[,.;:!?]/.test(next) || next === '' ? ', [ROLE]' : ', [ROLE],';
        const first = p.mentions[0];
        return {
          start: first.start,
          end: first.end,
          message: `${p.name} is quoted but never identified by title or affiliation.`,
          data: { fixes: [{ title: 'Add a role: ", [ROLE],"', edits: [{ start: full.end, end: full.end, newText }] }] },
        };
      });
  },
};

/**
 * A backstop for the people stage: a mention followed by an appositive or relative clause ("Jane Roe,
 * a researcher at ...", "Jane Roe, who runs ...") introduces the person, even if no role was extracted.
 */
function appositive(text: string, mentions: { start: number; end: number }[]): boolean {
  return mentions.some((m) => /^,\s+(?:a|an|the|who|whose|one|formerly|now|then|currently|chief|head|director|spokes\w+|founder|co-founder|president|professor)\b/i.test(text.slice(m.end, m.end + 20)));
}
