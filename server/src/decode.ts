/**
 * Article files as the command line and the server's workspace reading find and read them: which
 * names are articles, and their bytes as the text an editor shows.
 */

/** File extensions of articles: NewsLens's own and the prose formats it reads. */
export const ARTICLE_FILE = /\.(?:article|news|txt|md|markdown)$/i;

/**
 * Bytes of an article file as the text an editor shows: UTF-8 (a byte-order mark dropped), or UTF-16
 * when a byte-order mark says so, as Windows tools often save. Throws a clear message for bytes that
 * are not text in those encodings.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name}: not valid ${encoding.toUpperCase()} text; save it as UTF-8 and try again.`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
