import type { LinkParams, NetworkLink } from '@actorgraph/graph';
import { NetworkComputationRefused, NetworkComputations } from './network-computations';
import type { NetworkQuery, NetworkSource } from './network-source';
import { periodNumber, spanCode, type SpannedLinks } from './spanned-network';
import { inMemorySpannedRead } from './spanned-read.fixture';
import { NetworkWorkerPool } from './network-worker-pool';

const LINKS: LinkParams = { modes: ['DIRECTED', 'CO_PARTICIPATION'], coParticipation: true, mentions: false };
const query = (kinds: string[] | null = null): NetworkQuery => ({ where: { kinds }, links: LINKS, window: null });

/** A network source over links in memory, counting what it was asked. */
class FakeSource implements NetworkSource {
  currentVersion = 'v1';
  reads = 0;
  sizes = 0;
  constructor(
    public links: NetworkLink[],
    private readonly claimedSize?: { nodes: number; links: number },
  ) {}
  async version() {
    return this.currentVersion;
  }
  async bound() {
    return this.size();
  }
  async size() {
    this.sizes += 1;
    return this.claimedSize ?? { nodes: 2 * this.links.length, links: this.links.length };
  }
  async read() {
    this.reads += 1;
    return {
      links: this.links,
      names: new Map(this.links.flatMap((l) => [[l.source, l.source] as const, [l.target, l.target] as const])),
    };
  }
}

const STAR: NetworkLink[] = ['a', 'b', 'c'].map((leaf) => ({ source: 'hub', target: leaf, weight: 1 }));

describe('NetworkComputations', () => {
  const pool = new NetworkWorkerPool({ size: 1, maxMemoryMb: 256, inProcess: true });

  it('ranks every actor, best first, ties by name', async () => {
    const computations = new NetworkComputations(new FakeSource(STAR), pool);
    const ranking = await computations.centrality('DEGREE', query());
    expect(ranking.top()).toEqual([
      { id: 'hub', score: 3, rank: 1 },
      { id: 'a', score: 1, rank: 2 },
      { id: 'b', score: 1, rank: 2 },
      { id: 'c', score: 1, rank: 2 },
    ]);
    expect(ranking).toMatchObject({ size: { nodes: 4, links: 3 }, version: 'v1', plan: { method: 'exact' } });
    // An actor's place looked up is its place in the ranking; one the network lacks is left out.
    expect(ranking.find(['c', 'hub', 'nobody'])).toEqual(
      new Map([
        ['c', { id: 'c', score: 1, rank: 2 }],
        ['hub', { id: 'hub', score: 3, rank: 1 }],
      ]),
    );
  });

  it('reuses a result until the version changes, and shares identical computations in flight', async () => {
    const source = new FakeSource(STAR);
    const computations = new NetworkComputations(source, pool);
    await Promise.all([computations.centrality('PAGERANK', query()), computations.centrality('PAGERANK', query())]);
    await computations.centrality('PAGERANK', query());
    expect(source.reads).toBe(1);
    await computations.centrality('PAGERANK', query(['CALL']));
    expect(source.reads).toBe(2);
    source.currentVersion = 'v2';
    source.links = [...STAR, { source: 'a', target: 'b', weight: 5 }];
    const after = await computations.centrality('PAGERANK', query());
    expect(source.reads).toBe(3);
    expect(after.version).toBe('v2');
  });

  it('refuses before reading the links when the size says it would take too long, and remembers the refusal', async () => {
    const source = new FakeSource(STAR, { nodes: 5_000_000, links: 10_000_000 });
    const computations = new NetworkComputations(source, pool);
    await expect(computations.centrality('BETWEENNESS', query())).rejects.toBeInstanceOf(NetworkComputationRefused);
    await expect(computations.centrality('BETWEENNESS', query())).rejects.toThrow(/narrow/);
    expect(source.reads).toBe(0);
    // The bound, then the count: both refused; the refusal is then remembered.
    expect(source.sizes).toBe(2);
  });

  it('partitions every actor into communities', async () => {
    const computations = new NetworkComputations(new FakeSource(STAR), pool);
    const { communities } = await computations.communities(query());
    expect(communities.flatMap((c) => c.members).sort()).toEqual(['a', 'b', 'c', 'hub']);
  });

  describe('per window', () => {
    /** Links of 2022, 2023 and one spanning both (an event dated only 2022–2023). */
    const spans = (texts: string[]) =>
      texts.map((text) =>
        spanCode({ start: periodNumber(text.slice(0, 4)), end: periodNumber(text.slice(-4)), undirected: false }),
      );
    const SPANS: SpannedLinks[] = [
      { source: 'hub', targets: ['a', 'b'], weights: [2, 1], spans: spans(['2022', '2023']) },
      { source: 'c', targets: ['hub'], weights: [1], spans: spans(['2022-2023']) },
    ];
    class SpanSource extends FakeSource {
      spanReads: { from: string; to: string; partStarts: readonly string[] }[] = [];
      readSpans(q: NetworkQuery, partStarts: readonly string[]) {
        this.spanReads.push({ from: q.window!.from, to: q.window!.to, partStarts });
        return inMemorySpannedRead(SPANS, ['a', 'b', 'c', 'hub'], partStarts);
      }
    }
    const yearQuery = (from: string, to: string): NetworkQuery => ({
      where: { kinds: null, from, to },
      links: LINKS,
      window: { level: 'YEAR', from, to },
    });
    const degrees = (ranking: { top(): { id: string; score: number }[] }) =>
      Object.fromEntries(ranking.top().map((r) => [r.id, r.score]));

    it('reads the projection once for every window, and gives each window the links whose span meets it', async () => {
      const source = new SpanSource(STAR);
      const computations = new NetworkComputations(source, pool);
      const [whole, y2022, y2023] = await computations.centralityPerWindow('DEGREE', [
        yearQuery('2022', '2023'),
        yearQuery('2022', '2022'),
        yearQuery('2023', '2023'),
      ]);
      expect(source.spanReads).toEqual([{ from: '2022', to: '2023', partStarts: ['2022', '2023'] }]);
      expect(source.reads).toBe(0);
      // One size bound for the three: the whole range's bounds each window's.
      expect(source.sizes).toBe(1);
      expect(degrees(whole!)).toEqual({ hub: 4, a: 2, b: 1, c: 1 });
      expect(degrees(y2022!)).toEqual({ hub: 3, a: 2, c: 1 });
      expect(degrees(y2023!)).toEqual({ hub: 2, b: 1, c: 1 });
    });

    it('reuses windows already computed alone, and reads alone a window that is not of years or months', async () => {
      const source = new SpanSource(STAR);
      const computations = new NetworkComputations(source, pool);
      await computations.centrality('DEGREE', yearQuery('2022', '2022'));
      expect(source.reads).toBe(1);
      const [, y2022] = await computations.centralityPerWindow('DEGREE', [
        yearQuery('2022', '2023'),
        yearQuery('2022', '2022'),
      ]);
      expect(source.spanReads).toHaveLength(1);
      expect(source.reads).toBe(1);
      expect(computations.cache.stats.hits).toBe(1);
      expect(degrees(y2022!)).toEqual({ hub: 3, a: 1, b: 1, c: 1 });
      const partitions = await computations.communitiesPerWindow([query(), query(['CALL'])]);
      expect(partitions).toHaveLength(2);
      expect(source.reads).toBe(3);
    });
  });
});
