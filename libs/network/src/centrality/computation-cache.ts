/**
 * Results of network computations by key (computation, filter, link options, network version), with identical
 * computations in flight shared: the second caller gets the first caller's promise. A failed computation is
 * forgotten (the next caller tries again); the oldest entries go first beyond `maxEntries`, and entries of an
 * older network version go as soon as a newer version is seen.
 */
export class ComputationCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();
  private counts = { hits: 0, misses: 0 };

  constructor(private readonly maxEntries = 64) {}

  get stats(): { hits: number; misses: number; entries: number } {
    return { ...this.counts, entries: this.entries.size };
  }

  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    const fullKey = `${version}\u0000${key}`;
    const known = this.entries.get(fullKey);
    if (known) {
      this.counts.hits += 1;
      // Most recently used last.
      this.entries.delete(fullKey);
      this.entries.set(fullKey, known);
      return known.value;
    }
    this.counts.misses += 1;
    this.forgetOtherVersions(version);
    const value = compute();
    this.entries.set(fullKey, { version, value });
    value.catch(() => {
      if (this.entries.get(fullKey)?.value === value) this.entries.delete(fullKey);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Forgets every result (tests: to compare a result with the same one computed another way). */
  clear(): void {
    this.entries.clear();
  }

  private forgetOtherVersions(version: string): void {
    for (const [key, entry] of this.entries) if (entry.version !== version) this.entries.delete(key);
  }
}
