// Small helpers shared by the knowledge-base build steps.

/** The key two spellings of one name share: case, and a space or hyphen between letters and digits, do not count. */
export const nameKey = (s) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^([a-z]+)[ -](\d+)$/, '$1$2');

/** Case-insensitive order with a case-sensitive tie-break, so sorting never depends on the locale. */
export function compareText(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
