import type { LinkParams, NetworkLink } from '@actorgraph/graph';
import { NetworkComputationRefused, NetworkComputations } from './network-computations';
import type { NetworkQuery, NetworkSource } from './network-source';
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
});
