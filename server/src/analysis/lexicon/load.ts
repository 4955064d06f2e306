/**
 * Reads the word lists in lexicon/lists/: plain text, one entry a line, `#` starts a comment, blank
 * lines are ignored. The build bundles each file as a string, so the core stays free of file access.
 */

/** The entries of a list file, in file order. */
export function entries(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const entry = line.replace(/#.*/, '').trim();
    if (entry) out.push(entry);
  }
  return out;
}

/** The entries of a list file as a set. */
export function wordSet(text: string): Set<string> {
  return new Set(entries(text));
}
