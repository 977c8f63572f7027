import { ComputationCache } from './computation-cache';

describe('ComputationCache', () => {
  it('shares a computation in flight and reuses its result on the same version', async () => {
    const cache = new ComputationCache<number>();
    let runs = 0;
    const compute = () => new Promise<number>((resolve) => setImmediate(() => resolve((runs += 1))));
    const [a, b] = await Promise.all([cache.get('v1', 'k', compute), cache.get('v1', 'k', compute)]);
    expect([a, b, await cache.get('v1', 'k', compute)]).toEqual([1, 1, 1]);
    expect(cache.stats).toEqual({ hits: 2, misses: 1, entries: 1 });
  });

  it('computes again on a new version and forgets the old one', async () => {
    const cache = new ComputationCache<string>();
    await cache.get('v1', 'k', async () => 'old');
    await cache.get('v1', 'other', async () => 'old too');
    expect(await cache.get('v2', 'k', async () => 'new')).toBe('new');
    expect(cache.stats.entries).toBe(1);
  });

  it('forgets a failed computation so the next caller tries again', async () => {
    const cache = new ComputationCache<string>();
    await expect(cache.get('v1', 'k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(cache.get('v1', 'k', async () => 'fine')).resolves.toBe('fine');
  });

  it('keeps at most its size, dropping the least recently used', async () => {
    const cache = new ComputationCache<string>(2);
    await cache.get('v', 'a', async () => 'a');
    await cache.get('v', 'b', async () => 'b');
    await cache.get('v', 'a', async () => 'a again');
    await cache.get('v', 'c', async () => 'c');
    expect(await cache.get('v', 'a', async () => 'recomputed')).toBe('a');
    expect(await cache.get('v', 'b', async () => 'recomputed')).toBe('recomputed');
  });
});
