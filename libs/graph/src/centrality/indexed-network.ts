/**
 * One link of the who-spoke-to-whom network: `source` acted on `target` `weight` times. An undirected link
 * (co-participation: two actors that took part in the same event side by side) counts both ways.
 */
export interface NetworkLink {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly undirected?: boolean;
}

/**
 * A network over dense node indexes, in plain arrays so it crosses to a worker thread without copying:
 * `nodes`, and one entry per link in the other arrays. The algorithms take it in id order (canonicalNetwork:
 * nodes sorted by id, so they see the same order whatever order the links came in); a NetworkBuilder's is in
 * the order first seen. Repeated links are merged (weights added), an undirected link is stored
 * once with its lower index first, and self-loops are dropped (an actor does not speak to itself).
 */
export interface IndexedNetwork {
  readonly nodes: string[];
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  /** 1 for an undirected link. */
  readonly undirected: Uint8Array;
}

/** The links of an indexed network, back as objects (tests and small answers). */
export function networkLinks(network: IndexedNetwork): NetworkLink[] {
  return Array.from(network.sources, (s, i) => ({
    source: network.nodes[s]!,
    target: network.nodes[network.targets[i]!]!,
    weight: network.weights[i]!,
    undirected: network.undirected[i] === 1,
  }));
}

/** A node's score, keyed by node id. */
export type CentralityScores = Map<string, number>;

/** Scores aligned with `network.nodes`, keyed by id. */
export function toScores(network: IndexedNetwork, values: ArrayLike<number>): CentralityScores {
  return new Map(network.nodes.map((id, i) => [id, values[i]!]));
}

/** Code-unit order, the same in every locale (ids are ASCII). */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A network's links as columns of any array type (a builder's growing arrays, a windowed read's typed ones). */
export interface NetworkColumns {
  readonly nodes: readonly string[];
  readonly sources: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly undirected: ArrayLike<number>;
}

/** The network of some of a network's links (`kept`: their indexes), with only the nodes they join, in the same order. */
export function subNetwork(network: NetworkColumns, kept: readonly number[]): IndexedNetwork {
  const linked = new Uint8Array(network.nodes.length);
  for (const i of kept) linked[network.sources[i]!] = linked[network.targets[i]!] = 1;
  const renumbered = new Uint32Array(network.nodes.length);
  const nodes: string[] = [];
  linked.forEach((isLinked, node) => {
    if (isLinked === 1) renumbered[node] = nodes.push(network.nodes[node]!) - 1;
  });
  const sub = {
    nodes,
    sources: new Uint32Array(kept.length),
    targets: new Uint32Array(kept.length),
    weights: new Float64Array(kept.length),
    undirected: new Uint8Array(kept.length),
  };
  kept.forEach((i, k) => {
    sub.sources[k] = renumbered[network.sources[i]!]!;
    sub.targets[k] = renumbered[network.targets[i]!]!;
    sub.weights[k] = network.weights[i]!;
    sub.undirected[k] = network.undirected[i]!;
  });
  return sub;
}
