import {
  betweennessCentrality,
  canonicalNetwork,
  degreeCentrality,
  louvainCommunities,
  pageRankCentrality,
  type IndexedNetwork,
  rankIndexes,
  type NetworkComputation,
  type Partition,
  type RankedIndexes,
} from '@actorgraph/graph';

/**
 * One computation for a worker: the network travels as typed arrays (transferred, not copied), in any order
 * (a NetworkBuilder's); the worker puts it in id order itself, so the sorting is off the API's event loop.
 */
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

/**
 * Node indexes in a result are those of the job's network, in whatever order it came. `links`: how many links the
 * network has once a link given several times is counted once (canonicalNetwork merges them).
 */
export type NetworkJobResult = Computed & { readonly links: number };

type Computed =
  | { readonly kind: 'scores'; readonly scores: Float64Array; readonly ranking: RankedIndexes }
  | { readonly kind: 'partition'; readonly partition: Partition };

/** Runs a job where it is called: in a worker thread (network-worker.ts), or in-process when configured so. */
export function runNetworkJob(job: NetworkJob): NetworkJobResult {
  const { network, rawIndex } = canonicalNetwork(job.network);
  const canonical = { ...job, network, names: Array.from(rawIndex, (rawNode) => job.names[rawNode] ?? '') };
  return { ...inJobOrder(runCanonical(canonical), rawIndex), links: network.sources.length };
}

function runCanonical(job: NetworkJob): Computed {
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

/** A result over the id-ordered network, with its node indexes turned back into the job's. */
function inJobOrder(result: Computed, rawIndex: Uint32Array): Computed {
  if (result.kind === 'partition') {
    const communities = result.partition.communities.map((community) => ({
      ...community,
      members: community.members.map((node) => rawIndex[node]!),
    }));
    return { kind: 'partition', partition: { ...result.partition, communities } };
  }
  const scores = new Float64Array(result.scores.length);
  result.scores.forEach((score, node) => (scores[rawIndex[node]!] = score));
  const order = result.ranking.order.map((node) => rawIndex[node]!);
  return { kind: 'scores', scores, ranking: { ...result.ranking, order } };
}

const collator = new Intl.Collator('en');

function ranked(job: NetworkJob, scores: Float64Array): Computed {
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
