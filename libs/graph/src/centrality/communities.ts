import louvain from 'graphology-communities-louvain';
import type { IndexedNetwork } from './indexed-network';
import { undirectedGraph } from './network-graphs';
import { seededRandom } from './seeded-random';

/** One community of a partition: node indexes into `network.nodes` and the link weight inside and across it. */
export interface Community {
  /** Ascending, so in id order. */
  readonly members: number[];
  /** Total weight of the links with both ends in the community. */
  readonly internalWeight: number;
  /** Total weight of the links with one end in the community and the other outside. */
  readonly externalWeight: number;
}

export interface Partition {
  /** Largest first (then heavier inside, then by first member id). Every node is in exactly one. */
  readonly communities: Community[];
  /** Newman–Girvan modularity of the partition on the undirected weighted network, in [−1/2, 1]. */
  readonly modularity: number;
}

export interface LouvainOptions {
  readonly seed?: number;
  /** Above 1: more, smaller communities; below 1: fewer, larger. */
  readonly resolution?: number;
}

/** The default Louvain seed: any fixed number makes the partition repeatable. */
export const LOUVAIN_SEED = 20_220_302;

/**
 * Communities by Louvain modularity optimisation (graphology-communities-louvain) on the undirected network
 * (every link between two nodes, either way and of either kind, summed), visiting nodes in an order drawn from
 * a seeded generator: the same network always gives the same partition.
 */
export function louvainCommunities(network: IndexedNetwork, options: LouvainOptions = {}): Partition {
  if (network.nodes.length === 0) return { communities: [], modularity: 0 };
  const detailed = louvain.detailed(undirectedGraph(network), {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? LOUVAIN_SEED),
  });
  const membership = Int32Array.from(network.nodes, (_, i) => detailed.communities[String(i)]!);
  return { communities: describeCommunities(network, membership), modularity: detailed.modularity };
}

/** Members and weights of each community, given each node's community number (any numbering). */
export function describeCommunities(network: IndexedNetwork, membership: ArrayLike<number>): Community[] {
  const groups = new Map<number, { members: number[]; internalWeight: number; externalWeight: number }>();
  const group = (c: number) => {
    let found = groups.get(c);
    if (!found) groups.set(c, (found = { members: [], internalWeight: 0, externalWeight: 0 }));
    return found;
  };
  for (let node = 0; node < network.nodes.length; node += 1) group(membership[node]!).members.push(node);
  for (let i = 0; i < network.weights.length; i += 1) {
    const [a, b, w] = [membership[network.sources[i]!]!, membership[network.targets[i]!]!, network.weights[i]!];
    if (a === b) group(a).internalWeight += w;
    else {
      group(a).externalWeight += w;
      group(b).externalWeight += w;
    }
  }
  return [...groups.values()].sort(
    (x, y) =>
      y.members.length - x.members.length || y.internalWeight - x.internalWeight || x.members[0]! - y.members[0]!,
  );
}
