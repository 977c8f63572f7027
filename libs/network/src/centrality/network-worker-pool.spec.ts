import { indexNetwork, type NetworkLink } from '@actorgraph/graph';
import { runNetworkJob, type NetworkJob, type NetworkJobResult } from './network-job';
import { NetworkWorkerPool } from './network-worker-pool';

const links: NetworkLink[] = [
  { source: 'a', target: 'b', weight: 2 },
  { source: 'b', target: 'c', weight: 1 },
  { source: 'c', target: 'a', weight: 1, undirected: true },
  { source: 'c', target: 'd', weight: 3 },
];

const job = (computation: NetworkJob['computation']): NetworkJob => {
  const network = indexNetwork(links);
  return { computation, network, pivots: null, seed: 1, names: network.nodes.map((id) => id.toUpperCase()) };
};

/** Typed arrays as plain arrays: those made in the worker come from another realm than Jest's. */
const plain = (result: NetworkJobResult) =>
  result.kind === 'scores'
    ? [Array.from(result.scores), Array.from(result.ranking.order), Array.from(result.ranking.rank)]
    : result.partition;

describe('NetworkWorkerPool', () => {
  // A real worker thread: under ts-jest it loads network-worker.ts through ts-node (there is no .js beside it).
  const pool = new NetworkWorkerPool({ size: 1, maxMemoryMb: 256 });

  afterAll(() => pool.close());

  it.each(['DEGREE', 'PAGERANK', 'BETWEENNESS', 'COMMUNITIES'] as const)(
    'computes %s in a worker thread exactly as in-process',
    async (computation) => {
      const expected = plain(runNetworkJob(job(computation)));
      const before = pool.stats.completed;
      expect(plain(await pool.run(job(computation)))).toEqual(expected);
      expect(pool.stats).toMatchObject({ completed: before + 1, workers: 1, running: 0 });
    },
  );

  it('queues jobs beyond its size and answers each', async () => {
    const answers = await Promise.all([pool.run(job('DEGREE')), pool.run(job('PAGERANK')), pool.run(job('DEGREE'))]);
    expect(answers.map((answer) => answer.kind)).toEqual(['scores', 'scores', 'scores']);
  });

  it('reports a failing job as an error and keeps working', async () => {
    const bad = { ...job('DEGREE'), computation: 'NOPE' } as unknown as NetworkJob;
    await expect(pool.run(bad)).rejects.toThrow('unknown network computation NOPE');
    await expect(pool.run(job('DEGREE'))).resolves.toMatchObject({ kind: 'scores' });
  });

  it('starts a worker ahead of its first job when prepared, and only one', async () => {
    const fresh = new NetworkWorkerPool({ size: 1, maxMemoryMb: 256 });
    try {
      fresh.prepare();
      fresh.prepare();
      expect(fresh.stats).toMatchObject({ workers: 1, running: 0 });
      await expect(fresh.run(job('DEGREE'))).resolves.toMatchObject({ kind: 'scores' });
      expect(fresh.stats).toMatchObject({ workers: 1, completed: 1 });
    } finally {
      await fresh.close();
    }
  });
});
