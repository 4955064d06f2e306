// A small seeded generator (mulberry32) for the scripts that draw at random: the same seed gives the
// same numbers, so a judged sample or a generated archive can be drawn again exactly.

/** A function that returns the next number in [0, 1) of the sequence `seed` starts. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
