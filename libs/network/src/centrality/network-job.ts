import {
  betweennessCentrality,
  degreeCentrality,
  louvainCommunities,
  pageRankCentrality,
  type IndexedNetwork,
  rankIndexes,
  type NetworkComputation,
  type Partition,
  type RankedIndexes,
} from '@actorgraph/graph';

/** One computation for a worker: the network travels as typed arrays (transferred, not copied). */
export interface NetworkJob {
  readonly computation: NetworkComputation;
  readonly network: IndexedNetwork;
  /** BETWEENNESS: sample this many pivots (null: exact). */
  readonly pivots: number | null;
  /** Seed of the sampled pivots and of Louvain's visiting order. */
  readonly seed: number;
  /** Each node's name, aligned with `network.nodes`: a ranking breaks ties by name, then id. */
  readonly names: readonly string[];
}

export type NetworkJobResult =
  | { readonly kind: 'scores'; readonly scores: Float64Array; readonly ranking: RankedIndexes }
  | { readonly kind: 'partition'; readonly partition: Partition };

/** Runs a job where it is called: in a worker thread (network-worker.ts), or in-process when configured so. */
export function runNetworkJob(job: NetworkJob): NetworkJobResult {
  const { network } = job;
  switch (job.computation) {
    case 'DEGREE':
      return ranked(job, degreeCentrality(network));
    case 'PAGERANK':
      return ranked(job, pageRankCentrality(network));
    case 'BETWEENNESS':
      return ranked(
        job,
        betweennessCentrality(network, { seed: job.seed, ...(job.pivots === null ? {} : { pivots: job.pivots }) }),
      );
    case 'COMMUNITIES':
      return { kind: 'partition', partition: louvainCommunities(network, { seed: job.seed }) };
    default: {
      const unreachable: never = job.computation;
      throw new Error(`unknown network computation ${String(unreachable)}`);
    }
  }
}

const collator = new Intl.Collator('en');

function ranked(job: NetworkJob, scores: Float64Array): NetworkJobResult {
  const { names, network } = job;
  const ids = network.nodes;
  const byName = (a: number, b: number) =>
    collator.compare(names[a] ?? '', names[b] ?? '') || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  return { kind: 'scores', scores, ranking: rankIndexes(scores, byName) };
}

/** The buffers a message can hand over instead of copying. */
export function transferables(network: IndexedNetwork): ArrayBuffer[] {
  return [network.sources, network.targets, network.weights, network.undirected].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
