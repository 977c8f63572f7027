/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine, so a
 * sampled betweenness or a Louvain partition is the same answer every time it is computed. Not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct integers of [0, n), drawn without replacement (a partial Fisher–Yates shuffle), in draw order. */
export function sampleIndexes(n: number, k: number, random: () => number): Uint32Array {
  const pool = Uint32Array.from({ length: n }, (_, i) => i);
  const count = Math.min(k, n);
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
