/**
 * Who a speaker mention refers to. Names resolve through the entity stage's people and entities when
 * it found them, else through the article's own full names ("Warren" after "Elizabeth Warren");
 * pronouns resolve to the most salient earlier person or organization; nominals ("the company", "a
 * spokesman for the FBI") to the organization they name or the last one of that kind.
 *
 * The article is read once in order: every attribution and sentence subject is noted as it is met,
 * and a pronoun looks back over a bounded number of those notes and of the names the article gives
 * (cast.ts).
 */
import { lastStartingBefore, sentenceIndex } from '../text/spans';
import { Cast, latest, latestOfAll, outermost, type Note, type Referent } from './cast';
import { type NameReader, resolveName } from './names';
import type { Mention } from './phrases';
import { SPOKES, headKind } from '../lexicon/organization-kinds';
import { RECENT_PARAGRAPHS, lastOfKind, placeAt, spokesperson } from './organization-nominals';
import { slugify } from '../text/ids';
import { ROLE_NOUNS, TITLES } from '../lexicon/people';
import type { EntityMention, Person, Span, Structure } from '../types';

export type { Referent } from './cast';
/** The slug of a name as ids use it; the same as the entity stage's, so the ids agree. */
export { slugify as slug } from '../text/ids';

/** The article read in order: what each speaker mention refers to, given what came before it. */
export class Discourse implements NameReader {
  /** Attributions and sentence subjects, in text order. */
  private readonly notes: Note[] = [];
  /** People met only by a role and never named ("a senior official told reporters"), in text order. */
  private readonly unnamed: { head: string; start: number; phrase: string; paragraph: number }[] = [];
  /** Everyone the article names, and their pronouns. */
  readonly cast: Cast;

  constructor(
    readonly text: string,
    private readonly structure: Structure,
    entities: EntityMention[],
    people: Person[],
    private readonly author: Referent | null,
    quotes: readonly Span[] = [],
  ) {
    this.cast = new Cast(text, structure, entities, people, outermost(quotes));
  }

  /**
   * Records that `referent` is the speaker or subject at `offset`, for later pronouns: `speaks` when
   * it is a quote's attribution or reported speech, `embedded` when it is the subject of a clause an
   * earlier speaker in the sentence reports.
   */
  note(referent: Referent, offset: number, embedded = false, speaks = false): void {
    // An organization nobody could name ("the company said") is still noted, so that a later "it"
    // is left unresolved rather than given to another organization named in between.
    if (!referent.id && referent.kind !== 'organization') return;
    this.notes.push({ id: referent.id, name: referent.name, kind: referent.kind, start: offset, paragraph: this.paragraphAt(offset), embedded, speaks });
  }

  /** Records someone met only by a role ("a senior official said"), whom a later "the official" means. */
  noteUnnamed(head: string, offset: number, phrase: string): void {
    this.unnamed.push({ head: head.replace(/s$/, ''), start: offset, phrase, paragraph: this.paragraphAt(offset) });
  }

  /**
   * For a note that is the subject of a reported clause, the main speaker of its sentence if that
   * one fits too: after "The company said the FBI warned it", "it" is the company.
   */
  private mainSpeaker(found: Note, fits: (n: Note) => boolean): Note {
    if (!found.embedded) return found;
    const sentence = sentenceIndex(this.structure, found.start);
    for (let i = this.notes.indexOf(found) - 1; i >= 0 && sentenceIndex(this.structure, this.notes[i].start) === sentence; i--) {
      if (!this.notes[i].embedded && fits(this.notes[i])) return this.notes[i];
    }
    return found;
  }

  /** What a mention refers to; null for a pronoun or nominal with nothing to refer to. */
  resolve(mention: Mention, word: string): Referent | null {
    if (mention.kind === 'name') return this.name(mention);
    if (mention.kind === 'pronoun') {
      if (mention.antecedent) return this.resolve(mention.antecedent, '');
      return this.pronoun(word, mention.start);
    }
    return this.nominal(mention);
  }

  /** A name: the entity stage's person or organization if it found one here, else from the text. */
  name(mention: Mention): Referent | null {
    return resolveName(this, mention);
  }

  /** The latest attribution or subject note before `offset` that passes `fits`. */
  lastNote(offset: number, fits: (n: Note) => boolean): Note | null {
    return latest(this.notes, offset, fits);
  }

  /**
   * he/she, they/it and I. For he and she the model is the one a reader uses, in this order:
   * - the candidates are the people met before the pronoun, in the last few paragraphs, outside
   *   quotations (names inside another speaker's words are what that speaker talked about);
   * - a known gender that contradicts the pronoun rules a candidate out; an unknown one (a given name
   *   not in the list) fits either pronoun: gender is evidence against, never a requirement;
   * - first choice is the current speaker, the last person quoted or reported as saying something;
   *   then the subject of the previous sentence; then the person mentioned last;
   * - a resolution that another fitting person could have taken (someone named after the chosen one)
   *   has low confidence, and the quote card says "probably".
   * they/it: the most recent organization. I: the byline's author.
   */
  pronoun(word: string, offset: number): Referent | null {
    const w = word.toLowerCase();
    if (w === 'i') return this.author;
    if (w === 'we' || w === 'you' || w === 'who' || w === 'which') return null;
    if (w === 'he' || w === 'she') return this.person(w, offset);
    const cast = this.cast;
    const paragraph = this.paragraphAt(offset);
    const near = (n: Note) => n.kind === 'organization' && n.start < offset && paragraph - n.paragraph <= RECENT_PARAGRAPHS;
    const spoke = latest(this.notes, offset, near);
    const found = spoke ? this.mainSpeaker(spoke, near) : latest(cast.mentions, offset, (n) => near(n) && n.id !== '' && !cast.inQuote(n.start));
    return found?.id ? { id: found.id, name: found.name, kind: found.kind } : null;
  }

  /**
   * The person a reader takes "he" or "she" (or, with no gender, a definite description such as
   * "the Ohio businessman") to mean at `offset`, by the model described at pronoun().
   */
  private person(w: 'he' | 'she' | null, offset: number): Referent | null {
    const cast = this.cast;
    const paragraph = this.paragraphAt(offset);
    const opposite = w === null ? null : w === 'he' ? 'she' : 'he';
    const fits = (n: Note) =>
      n.kind === 'person' &&
      n.id !== '' &&
      n.start < offset &&
      paragraph - n.paragraph <= RECENT_PARAGRAPHS &&
      cast.genderOf(n.id) !== opposite &&
      !cast.inQuote(n.start);
    const sentence = sentenceIndex(this.structure, offset);
    const previousSubject = (n: Note) => fits(n) && !n.embedded && sentenceIndex(this.structure, n.start) >= sentence - 1;
    let spoke = latest(this.notes, offset, (n) => fits(n) && !!n.speaks);
    if (spoke) {
      spoke = this.mainSpeaker(spoke, (n) => fits(n) && !!n.speaks);
      // Someone named since who is known to fit, where the speaker's gender is unknown, is the one
      // meant: "'We disagree,' said Xu Bing. The plan was defended by Rebecca Long. '...,' she added."
      // Not someone the speaker's own sentence names: that is who the speaker talked about ("Aparna
      // Mathur said Ivanka Trump's statement was vague. '...,' she said" is Mathur).
      const spokeIn = sentenceIndex(this.structure, spoke.start);
      const since = (n: Note) =>
        fits(n) && !n.embedded && n.start > spoke!.start && n.id !== spoke!.id && cast.genderOf(n.id) === w && sentenceIndex(this.structure, n.start) > spokeIn;
      const newer =
        w && cast.genderOf(spoke.id) === null
          ? latestOfAll([
              latest(this.notes, offset, since),
              latest(cast.mentions, offset, since),
              latest(cast.named, offset, since),
              latest(cast.titled, offset, since),
            ])
          : null;
      if (newer) spoke = newer;
      // A paragraph since about someone else who fits, as its subject, moves the story on to them: the
      // pronoun after it is theirs ("... added Rep. Ana Ruiz. [¶] Tom Vance has little support here.
      // He has tried to win them over. [¶] '...,' he said in August" is Vance).
      const moved = latest(this.notes, offset, (n) => previousSubject(n) && n.id !== spoke!.id && n.paragraph > spoke!.paragraph && !n.speaks);
      if (moved) spoke = null;
    }
    const found =
      spoke ??
      latest(this.notes, offset, previousSubject) ??
      latestOfAll([
        latest(this.notes, offset, fits),
        latest(cast.mentions, offset, fits),
        latest(cast.named, offset, fits),
        latest(cast.titled, offset, fits),
      ]) ??
      // A profile's subject stays "she" across paragraphs about other things: past the window, the
      // last person named whose gender does not contradict is still the one meant.
      latest(cast.mentions, offset, (n) => n.kind === 'person' && n.id !== '' && cast.genderOf(n.id) !== opposite && !cast.inQuote(n.start));
    if (!found) {
      // Nobody named fits, but someone was met by their role ("the mayor spoke"): the pronoun is
      // that person, whom the article does not name.
      let unnamed: (typeof this.unnamed)[number] | undefined;
      for (let i = lastStartingBefore(this.unnamed, offset); i >= 0 && this.unnamed[i].paragraph === paragraph; i--) {
        const u = this.unnamed[i];
        if (!/[^s]s$/.test(u.phrase) && ROLE_NOUNS.has(u.head)) {
          unnamed = u;
          break;
        }
      }
      return unnamed ? { id: '', name: unnamed.phrase, kind: 'person' } : null;
    }
    if (w) cast.vote(found.id, w);
    const referent: Referent = { id: found.id, name: found.name, kind: found.kind };
    // Someone else who fits, named after the one chosen, makes the choice a reader's guess.
    const rival = (n: Note) => fits(n) && n.id !== found.id && n.start > found.start;
    if (latest(this.notes, offset, rival) || latest(cast.mentions, offset, rival) || latest(cast.named, offset, rival)) referent.confidence = 'low';
    return referent;
  }

  /** "a spokesman for the FBI" -> the FBI; "the company" -> the last organization named as one. */
  nominal(mention: Mention): Referent | null {
    if (mention.affiliation) return this.resolve(mention.affiliation, '');
    const head = mention.head ?? '';
    if (SPOKES.test(head)) return spokesperson(this, mention);
    const written = this.text.slice(mention.core.start, mention.core.end);
    // "the president said", "the former senator added": a definite role refers to the person the
    // article gave that title or role, the one of them met last.
    if (/^the\s/i.test(written) && (ROLE_NOUNS.has(head) || TITLES.has(head))) {
      const holder = this.cast.holderOf(head, mention.start);
      // Unless someone was met by that role alone since: "A senior official told reporters ...
      // 'Nobody should assume otherwise,' the official said" is that unnamed official.
      let unnamed: { head: string; start: number } | undefined;
      // The last one met by that role, looking back a bounded way so a long text stays linear.
      for (let i = lastStartingBefore(this.unnamed, mention.start), seen = 0; i >= 0 && seen < 40; i--, seen++) {
        if (this.unnamed[i].head === head) {
          unnamed = this.unnamed[i];
          break;
        }
      }
      if (holder && !(unnamed && unnamed.start > this.cast.lastMentionOf(holder.id, mention.start))) return holder;
      if (unnamed) return null;
      // A description nobody was given ("The Ohio businessman says", "the former governor added") is
      // an epithet for the person in view, found as "he" or "she" is: the current speaker, then the
      // subject of the sentence before. Never with full confidence.
      if (!/[^s]s$/.test(head) && ROLE_NOUNS.has(head)) {
        const gender = /(?:^|[^o])man$|^(husband|father|son|brother|king|boy)$/.test(head)
          ? 'he'
          : /woman$|^(wife|mother|daughter|sister|queen|girl)$/.test(head)
            ? 'she'
            : null;
        const found = this.person(gender, mention.start);
        if (found) return { ...found, confidence: 'low' };
      }
    }
    const kind = headKind(head);
    if (!kind) return null;
    // "Moldova's police", "Russia's foreign ministry": that country's body, not another one of its kind.
    const owner = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)['’]s?\s/u.exec(written);
    if (owner && placeAt(this, mention.core.start, mention.core.start + owner[0].length)) {
      return { id: `org:${slugify(written)}`, name: written, kind: 'organization' };
    }
    // "the Trump campaign": a capitalised modifier names the organization itself, unless it is a
    // place or nationality ("the Russian company" is some company, not one called that).
    const named = /^(?:[Tt]he\s+)?((?:(?!The\s)\p{Lu}[\p{L}.'’-]*\s+)+)(\p{Ll}+)$/u.exec(written);
    if (named && !placeAt(this, mention.core.start, mention.core.end - named[2].length)) {
      const name = `${named[1].trim()} ${named[2]}`;
      return { id: `org:${slugify(name)}`, name, kind: 'organization' };
    }
    return lastOfKind(this, head, mention.start);
  }

  /** The latest note or entity mention before `offset` that passes `fits`. */
  latestOf(offset: number, fits: (n: Note) => boolean): Note | null {
    const a = latest(this.notes, offset, fits);
    const b = latest(this.cast.mentions, offset, fits);
    return a && b ? (a.start >= b.start ? a : b) : (a ?? b);
  }

  /** Index of the paragraph containing `offset`, else of the next one. */
  paragraphAt(offset: number): number {
    return this.cast.paragraphAt(offset);
  }
}
