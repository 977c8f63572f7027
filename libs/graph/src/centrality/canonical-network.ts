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
 * its lower index first, links sorted by source, target, then directed before undirected, and a link that came
 * several times (a windowed read's rows, one per kind and period) merged into one with the weights added. Every
 * algorithm sees this order, so the same data always gives the same answer.
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
  const merged = {
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
  };
  let links = 0;
  for (let k = 0; k < size; k += 1) {
    const i = order[k]!;
    const [s, t, u] = [ends.sources[i]!, ends.targets[i]!, raw.undirected[i]!];
    const last = links - 1;
    if (last >= 0 && merged.sources[last] === s && merged.targets[last] === t && merged.undirected[last] === u) {
      merged.weights[last]! += raw.weights[i]!;
      continue;
    }
    merged.sources[links] = s;
    merged.targets[links] = t;
    merged.weights[links] = raw.weights[i]!;
    merged.undirected[links] = u;
    links += 1;
  }
  const network: IndexedNetwork = {
    nodes: Array.from(rawIndex, (rawNode) => raw.nodes[rawNode]!),
    sources: merged.sources.slice(0, links),
    targets: merged.targets.slice(0, links),
    weights: merged.weights.slice(0, links),
    undirected: merged.undirected.slice(0, links),
  };
  return { network, rawIndex };
}
