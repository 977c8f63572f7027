/**
 * Answers computed from the maintained network, reused while the data they were read from is unchanged.
 *
 * Why: ranking every pair of the projection (the top dyads of a year, a hub's counterparts) sums up to a million
 * relationships at 1M interactions; no index orders pairs by a sum over kinds, datasets and modes. The answer of a
 * read changes only when the projection does, and every transaction that changes the projection increments the
 * network version in that transaction (docs/network.md, The network version), so an answer read under version v is
 * exact for every later request that reads v. Answers that also depend on standing relations (the STATE level) are
 * keyed by the change log's sequence too, which every write path (load, import, curation) increments in its own
 * transaction.
 *
 * One instance per service and process: each API replica keeps its own, and the key makes them agree. The entries
 * of another version are dropped as soon as a request reads a new one; at most `maxEntries` are kept, least
 * recently used first out. Only answers read to the end are kept (a failed read is not). The same read asked again
 * while the first is running waits for it (32 clients asking the top dyads at once start one read, not 32); if that
 * read fails (its request's deadline, say), each waiter reads for itself.
 */
export class ReusedAnswers {
  private readonly entries = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private version: string | null = null;
  private counts = { hits: 0, misses: 0 };

  constructor(private readonly maxEntries = 256) {}

  get stats(): { hits: number; misses: number; entries: number } {
    return { ...this.counts, entries: this.entries.size };
  }

  /**
   * The answer of `read` under `version` for `key` (the statement and its parameters): reused when known, else read
   * and kept. The value is shared between requests: callers must not change it.
   */
  async get<T>(version: string, key: string, read: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) {
      this.counts.hits += 1;
      const value = this.entries.get(key) as T;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const running = this.pending.get(`${version}\u0000${key}`);
    if (running) {
      try {
        this.counts.hits += 1;
        return (await running) as T;
      } catch {
        return read();
      }
    }
    this.counts.misses += 1;
    const reading = read();
    const pendingKey = `${version}\u0000${key}`;
    this.pending.set(pendingKey, reading);
    try {
      const value = await reading;
      // A newer version seen meanwhile: this answer may be of either, keep it under neither.
      if (this.version === version) {
        this.entries.set(key, value);
        while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      }
      return value;
    } finally {
      this.pending.delete(pendingKey);
    }
  }
}
