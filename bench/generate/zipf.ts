import type { Prng } from './prng';

/**
 * Draws ranks 0..n-1 with P(rank k) ∝ 1 / (k+1)^s: a few hubs, many rare items.
 * The cumulative table is n floats (50k actors: 400 KB).
 */
export class ZipfSampler {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    exponent: number,
  ) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k += 1) {
      total += 1 / Math.pow(k + 1, exponent);
      this.cdf[k] = total;
    }
    for (let k = 0; k < n; k += 1) this.cdf[k] = (this.cdf[k] as number) / total;
  }

  sample(rng: Prng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
