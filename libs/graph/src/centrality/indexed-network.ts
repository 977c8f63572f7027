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

/** Links as columns of any array type (a builder's growing arrays, a windowed read's typed ones), over node indexes. */
export interface LinkColumns {
  readonly sources: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly undirected: ArrayLike<number>;
}

/** A network's links as columns, with the nodes they index. */
export interface NetworkColumns extends LinkColumns {
  readonly nodes: readonly string[];
}

/** The network of some of a network's links (`kept`: their indexes), with only the nodes they join, in the same order. */
export function subNetwork(network: NetworkColumns, kept: readonly number[]): IndexedNetwork {
  return subNetworkOfParts(network.nodes, [{ links: network, kept }]);
}

/**
 * {@link subNetwork} of links kept from several sets of columns over the same `nodes` (a windowed read's parts): the
 * kept links of each part in turn, with only the nodes they join, in the order of `nodes`.
 */
export function subNetworkOfParts(
  nodes: readonly string[],
  parts: readonly { readonly links: LinkColumns; readonly kept: readonly number[] }[],
): IndexedNetwork {
  const linked = new Uint8Array(nodes.length);
  for (const { links, kept } of parts) for (const i of kept) linked[links.sources[i]!] = linked[links.targets[i]!] = 1;
  const renumbered = new Uint32Array(nodes.length);
  const subNodes: string[] = [];
  linked.forEach((isLinked, node) => {
    if (isLinked === 1) renumbered[node] = subNodes.push(nodes[node]!) - 1;
  });
  const size = parts.reduce((sum, part) => sum + part.kept.length, 0);
  const sub = {
    nodes: subNodes,
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
  };
  let k = 0;
  for (const { links, kept } of parts) {
    for (const i of kept) {
      sub.sources[k] = renumbered[links.sources[i]!]!;
      sub.targets[k] = renumbered[links.targets[i]!]!;
      sub.weights[k] = links.weights[i]!;
      sub.undirected[k] = links.undirected[i]!;
      k += 1;
    }
  }
  return sub;
}
