/**
 * Offsets counted in Unicode code points, as annotation tools count them (brat's and INCEpTION's
 * standoff, the W3C Web Annotation TextPositionSelector), from and to our UTF-16 code-unit offsets.
 * Text without astral characters (most news) counts the same both ways and costs nothing.
 */

/** Converts offsets of one text between UTF-16 code units and code points. */
export interface OffsetMap {
  toCodePoints(offset: number): number;
  toUtf16(codePoint: number): number;
}

const IDENTITY: OffsetMap = { toCodePoints: (o) => o, toUtf16: (o) => o };

export function offsetMap(text: string): OffsetMap {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return IDENTITY;
  // points[i]: code points before UTF-16 offset i (an offset inside a pair counts the pair's point).
  const points = new Uint32Array(text.length + 1);
  const units: number[] = [0];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = count;
    const pair = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) points[++i] = count;
    count++;
    units.push(i + 1);
  }
  points[text.length] = count;
  return {
    toCodePoints: (offset) => points[Math.max(0, Math.min(offset, text.length))],
    toUtf16: (codePoint) => units[Math.max(0, Math.min(codePoint, units.length - 1))],
  };
}
