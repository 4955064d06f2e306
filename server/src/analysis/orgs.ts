/**
 * Organizations the knowledge does not list, recognised by their shape: a capitalised name that ends
 * in a word only organizations end in ("Yonsei University", "Federal Reserve Bank of New York",
 * "Sony Pictures Entertainment"). Their id is `org:<slug of the name>`.
 */
import { slugify } from './people';
import type { EntityMention, Token } from './types';

const HEADS = new Set(
  (
    'University College Institute Authority Bank Entertainment Enterprise Enterprises Technology Technologies Party ' +
    'Committee Council Agency Department Ministry Commission Foundation Association Corporation Corp Inc Ltd LLC ' +
    'Company Networks Systems Labs Laboratory Laboratories Center Centre Board Bureau Court Airlines Airways Hospital ' +
    'School Police Army Navy Union Federation Organization Organisation Group Times Post Journal Telecom Holdings ' +
    'Software Security Solutions Consulting Partners Capital Media Press Institute Directorate Command Service Services'
  ).split(' '),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&', 'de']);
/** Words that start sentences or name things other than organizations; a run never starts with them. */
const LEADING = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'As', 'By', 'From', 'With', 'When', 'While', 'After', 'Before', 'Its', 'His', 'Her', 'Their', 'Our', 'This', 'That']);

const capitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** Mentions of unlisted organizations among the tokens nothing else took; marks their tokens taken. */
export function findShapeOrganizations(text: string, tokens: readonly Token[], taken: Uint8Array): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !capitalised(tokens[i]) || LEADING.has(tokens[i].text)) continue;
    // The run: capitalised words, with lower-case connectors between them, on one line.
    let end = i;
    let lastHead = -1;
    let k = i;
    while (k < tokens.length && !taken[k]) {
      const t = tokens[k];
      const gap = k > i ? text.slice(tokens[k - 1].end, t.start) : '';
      if (k > i && gap !== ' ' && !(t.text === '.' && gap === '')) break;
      if (capitalised(t) || (t.text === '.' && /^(Corp|Inc|Ltd|Co)$/.test(tokens[k - 1].text))) {
        end = k;
        if (HEADS.has(t.text.replace(/['’]s$/, ''))) lastHead = k;
        if (/['’]s$/.test(t.text)) break;
        k++;
        continue;
      }
      if (CONNECTORS.has(t.text) && k + 1 < tokens.length && capitalised(tokens[k + 1]) && !taken[k + 1]) {
        k++;
        continue;
      }
      break;
    }
    if (lastHead < 0 || end - i < 1) {
      i = Math.max(i, end);
      continue;
    }
    // After the head, only an "of ..." complement belongs to the name ("Bank of New York").
    const last = lastHead === end || tokens[lastHead + 1]?.text === 'of' ? end : lastHead;
    if (last - i < 1) continue;
    const start = tokens[i].start;
    const stop = /['’]s$/.test(tokens[last].text) ? tokens[last].end - 2 : tokens[last].end;
    const name = text.slice(start, stop);
    out.push({ start, end: stop, kind: 'organization', text: name, id: `org:${slugify(name)}`, name });
    for (let j = i; j <= last; j++) taken[j] = 1;
    i = last;
  }
  return out;
}
