/** What a {@link CostStore} answers when a client asks to spend units. */
export interface CostTake {
  readonly allowed: boolean;
  /** Units left in the client's allowance after this take (or before it, when refused). */
  readonly remaining: number;
  /** When refused: how long until the allowance covers the request. */
  readonly retryAfterMs: number;
}

/**
 * Where clients' allowances are counted: in memory here (per API process); a shared store (Redis: one key per client
 * holding units and the time of the last refill, updated by a script) implements the same method to count across
 * processes.
 */
export interface CostStore {
  /** Spends `units` of `key`'s allowance (`capacity` units, refilled evenly over `windowMs`) when it has them. */
  take(key: string, units: number, capacity: number, windowMs: number, now: number): Promise<CostTake>;
  /** Lets go of its connections (a shared store), at shutdown. */
  close?(): Promise<void>;
}

interface Bucket {
  units: number;
  at: number;
}

/** A token bucket per key, in this process's memory; idle keys are forgotten once full again. */
export class InMemoryCostStore implements CostStore {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  take(key: string, units: number, capacity: number, windowMs: number, now: number): Promise<CostTake> {
    this.sweep(capacity, windowMs, now);
    const bucket = this.buckets.get(key) ?? { units: capacity, at: now };
    const refilled = Math.min(capacity, bucket.units + ((now - bucket.at) * capacity) / windowMs);
    if (refilled < units) {
      this.buckets.set(key, { units: refilled, at: now });
      const retryAfterMs = Math.ceil(((units - refilled) * windowMs) / capacity);
      return Promise.resolve({ allowed: false, remaining: Math.floor(refilled), retryAfterMs });
    }
    this.buckets.set(key, { units: refilled - units, at: now });
    return Promise.resolve({ allowed: true, remaining: Math.floor(refilled - units), retryAfterMs: 0 });
  }

  /** Drops buckets that have refilled completely (no longer different from an unknown key), once a window. */
  private sweep(capacity: number, windowMs: number, now: number): void {
    if (now - this.lastSweep < windowMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.units + ((now - bucket.at) * capacity) / windowMs >= capacity) this.buckets.delete(key);
    }
  }
}
