import { countingSort, indexes } from './counting-sort';
import type { IndexedNetwork } from './indexed-network';

/**
 * Each node's outbound links as flat arrays (compressed rows): node i's are `starts[i]` to `starts[i + 1]`, its
 * directed links' targets first, then the other ends of its undirected links, each group by ascending index — the
 * order graphology gives a mixed graph's `outboundEdges` whose node keys are the indexes (numeric keys iterate in
 * ascending order), so that sums over it add the same numbers in the same order.
 */
export interface OutboundIndex {
  readonly starts: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly weights: Float64Array;
  /** Each node's outbound weight: the sum of its row's weights, added in row order. */
  readonly outWeights: Float64Array;
}

/** The outbound index of a network in id order (canonicalNetwork), built with two counting sorts, no comparisons. */
export function outboundIndex(network: IndexedNetwork): OutboundIndex {
  const n = network.nodes.length;
  const links = network.weights.length;
  // One entry per (node, other end) a walker can take: a directed link once, an undirected link both ways.
  let entries = 0;
  for (let i = 0; i < links; i += 1) entries += network.undirected[i] === 1 ? 2 : 1;
  const from = new Uint32Array(entries);
  const to = new Uint32Array(entries);
  const weight = new Float64Array(entries);
  const group = new Uint8Array(entries);
  let e = 0;
  for (let i = 0; i < links; i += 1) {
    const undirected = network.undirected[i]!;
    from[e] = network.sources[i]!;
    to[e] = network.targets[i]!;
    weight[e] = network.weights[i]!;
    group[e] = undirected;
    e += 1;
    if (undirected === 1) {
      from[e] = network.targets[i]!;
      to[e] = network.sources[i]!;
      weight[e] = network.weights[i]!;
      group[e] = 1;
      e += 1;
    }
  }
  // Stable sorts, least significant key first: by other end, then by group, then by node.
  let order = indexes(entries);
  order = countingSort(order, (i) => to[i]!, n);
  order = countingSort(order, (i) => group[i]!, 2);
  order = countingSort(order, (i) => from[i]!, n);
  const starts = new Uint32Array(n + 1);
  const neighbours = new Uint32Array(entries);
  const weights = new Float64Array(entries);
  const outWeights = new Float64Array(n);
  for (let k = 0; k < entries; k += 1) {
    const i = order[k]!;
    neighbours[k] = to[i]!;
    weights[k] = weight[i]!;
    outWeights[from[i]!] += weight[i]!;
    starts[from[i]! + 1] += 1;
  }
  for (let i = 0; i < n; i += 1) starts[i + 1] += starts[i]!;
  return { starts, neighbours, weights, outWeights };
}
