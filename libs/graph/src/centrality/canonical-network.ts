import { countingSort, indexes } from './counting-sort';
import { byId, type IndexedNetwork } from './indexed-network';

/** A network in id order, and where each of its nodes was in the network it was made from. */
export interface CanonicalNetwork {
  readonly network: IndexedNetwork;
  /** `rawIndex[i]`: the index in the original network of node `i`. */
  readonly rawIndex: Uint32Array;
}

/**
 * The same network whatever order its nodes and links came in: nodes sorted by id, each undirected link with
 * its lower index first, links sorted by source, target, then directed before undirected. Every algorithm sees
 * this order, so the same data always gives the same answer.
 */
export function canonicalNetwork(raw: IndexedNetwork): CanonicalNetwork {
  const rawIndex = Uint32Array.from(raw.nodes, (_, i) => i).sort((x, y) => byId(raw.nodes[x]!, raw.nodes[y]!));
  const canonical = new Uint32Array(rawIndex.length);
  rawIndex.forEach((rawNode, node) => (canonical[rawNode] = node));
  const size = raw.sources.length;
  const ends = { sources: new Uint32Array(size), targets: new Uint32Array(size) };
  for (let i = 0; i < size; i += 1) {
    const s = canonical[raw.sources[i]!]!;
    const t = canonical[raw.targets[i]!]!;
    const swap = raw.undirected[i] === 1 && t < s;
    ends.sources[i] = swap ? t : s;
    ends.targets[i] = swap ? s : t;
  }
  // By source, then target, then directed first: sorted by the last key first (linear; 700,000 links compared
  // pairwise took a quarter of a PageRank).
  const nodes = rawIndex.length;
  let order = countingSort(indexes(size), (i) => raw.undirected[i]!, 2);
  order = countingSort(order, (i) => ends.targets[i]!, nodes);
  order = countingSort(order, (i) => ends.sources[i]!, nodes);
  // Plain loops: TypedArray.from with a mapping function goes through the iterator, link by link.
  const network: IndexedNetwork = {
    nodes: Array.from(rawIndex, (rawNode) => raw.nodes[rawNode]!),
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
  };
  for (let k = 0; k < size; k += 1) {
    const i = order[k]!;
    network.sources[k] = ends.sources[i]!;
    network.targets[k] = ends.targets[i]!;
    network.weights[k] = raw.weights[i]!;
    network.undirected[k] = raw.undirected[i]!;
  }
  return { network, rawIndex };
}
