/**
 * The analyses as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection with one annotation per entity mention, per quote (with its speaker) and per
 * finding. Every target names its article and selects the span twice, by a TextQuoteSelector (exact
 * text with 32 characters either side) and a TextPositionSelector (code points, as the model counts).
 * Bodies say what the span is (a tag), who or what it names (a description) and, where there is one,
 * a page that identifies it: MITRE ATT&CK's page for an actor with an ATT&CK id, ISO's page for a
 * country's code.
 */
import { createHash } from 'node:crypto';
import type { Analysis, EntityMention, Span } from '../analysis/types';
import { offsetMap } from './codepoints';

/** One article to annotate: its URI (the annotations' source), text and analysis. */
export interface AnnotatedArticle {
  uri: string;
  text: string;
  analysis: Analysis;
}

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32;

/** A page that identifies an entity, where one exists: ATT&CK for groups with an id, ISO for countries. */
export function entityLink(id: string): string | undefined {
  const attack = /^actor:(G\d{4})$/.exec(id);
  if (attack) return `https://attack.mitre.org/groups/${attack[1]}/`;
  const country = /^country:([A-Z]{2})$/.exec(id);
  if (country) return `https://www.iso.org/obp/ui/#iso:code:3166:${country[1]}`;
  return undefined;
}

/** Our id as an IRI, for entities without a public page (`urn:newslens:entity:person:jane-roe`). */
const entityIri = (id: string) => entityLink(id) ?? `urn:newslens:entity:${id}`;

export function toWebAnnotation(articles: AnnotatedArticle[]): string {
  const key = createHash('sha256')
    .update(articles.map((a) => a.uri).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const items = articles.flatMap(annotationsOf);
  const collection = {
    '@context': CONTEXT,
    id: `urn:newslens:collection:${key}`,
    type: 'AnnotationCollection',
    label: 'NewsLens: entities, quotes and findings',
    total: items.length,
    first: { id: `urn:newslens:collection:${key}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function annotationsOf({ uri, text, analysis }: AnnotatedArticle): object[] {
  const map = offsetMap(text);
  const key = createHash('sha256').update(uri).digest('hex').slice(0, 16);
  const target = (span: Span) => ({
    source: uri,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - AFFIX), span.start),
        suffix: text.slice(span.end, span.end + AFFIX),
      },
      { type: 'TextPositionSelector', start: map.toCodePoints(span.start), end: map.toCodePoints(span.end) },
    ],
  });
  const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const describe = (value: string) => ({ type: 'TextualBody', purpose: 'describing', value });
  const identify = (id: string) => ({ id: entityIri(id), purpose: 'identifying', ...(entityLink(id) ? { type: 'Text', format: 'text/html' } : {}) });
  // The collection's @context covers the annotations embedded in it.
  const annotation = (kind: string, n: number, motivation: string, body: object[], span: Span) => ({
    id: `urn:newslens:annotation:${key}:${kind}-${n}`,
    type: 'Annotation',
    motivation,
    generator: { type: 'Software', name: 'NewsLens' },
    body,
    target: target(span),
  });

  const entities = analysis.entities.map((e: EntityMention, i) =>
    annotation('entity', i + 1, 'identifying', [tag(e.kind), describe(e.name), identify(e.id)], e),
  );
  const quotes = analysis.quotes.map((q, i) => {
    const s = q.speaker;
    const body: object[] = [tag(q.fragment ? 'quote-fragment' : 'quote')];
    if (s) {
      body.push(describe(s.name ? `Said by ${s.name}` : `Said by "${s.text}" (not resolved)`));
      // The mention that credits the quote, as a body that selects it in the same article.
      body.push({ type: 'SpecificResource', purpose: 'linking', ...target(s) });
      if (s.id) body.push(identify(s.id));
    } else body.push(describe('No speaker found'));
    return annotation('quote', i + 1, 'describing', body, q);
  });
  const findings = analysis.findings.map((f, i) =>
    annotation('finding', i + 1, 'assessing', [tag(f.code), { type: 'TextualBody', purpose: 'classifying', value: f.severity }, describe(f.message)], f),
  );
  return [...entities, ...quotes, ...findings];
}
