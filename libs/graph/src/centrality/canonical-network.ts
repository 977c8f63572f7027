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
    const [s, t] = [canonical[raw.sources[i]!]!, canonical[raw.targets[i]!]!];
    const swap = raw.undirected[i] === 1 && t < s;
    ends.sources[i] = swap ? t : s;
    ends.targets[i] = swap ? s : t;
  }
  const order = Uint32Array.from(raw.sources, (_, i) => i).sort(
    (x, y) =>
      ends.sources[x]! - ends.sources[y]! ||
      ends.targets[x]! - ends.targets[y]! ||
      raw.undirected[x]! - raw.undirected[y]!,
  );
  const network: IndexedNetwork = {
    nodes: Array.from(rawIndex, (rawNode) => raw.nodes[rawNode]!),
    sources: order.map((i) => ends.sources[i]!),
    targets: order.map((i) => ends.targets[i]!),
    weights: Float64Array.from(order, (i) => raw.weights[i]!),
    undirected: Uint8Array.from(order, (i) => raw.undirected[i]!),
  };
  return { network, rawIndex };
}
