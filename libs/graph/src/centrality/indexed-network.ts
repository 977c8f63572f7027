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
 * `nodes` sorted by id (so every algorithm sees the same order whatever order the links came in), one entry
 * per link in the other arrays. Repeated links are merged (weights added), an undirected link is stored
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

export function indexNetwork(links: Iterable<NetworkLink>): IndexedNetwork {
  const merged = new Map<string, { source: string; target: string; weight: number; undirected: boolean }>();
  const ids = new Set<string>();
  for (const { source, target, weight, undirected = false } of links) {
    if (!(weight > 0)) throw new Error(`link ${source} → ${target} has a weight that is not positive: ${weight}`);
    if (source === target) continue;
    const [a, b] = undirected && target < source ? [target, source] : [source, target];
    const key = `${undirected ? 'u' : 'd'}\u0000${a}\u0000${b}`;
    const known = merged.get(key);
    if (known) known.weight += weight;
    else merged.set(key, { source: a, target: b, weight, undirected });
    ids.add(a).add(b);
  }
  const nodes = [...ids].sort(byId);
  const index = new Map(nodes.map((id, i) => [id, i]));
  const size = merged.size;
  const network: IndexedNetwork = {
    nodes,
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
  };
  let i = 0;
  for (const link of [...merged.values()].sort(byEnds)) {
    network.sources[i] = index.get(link.source)!;
    network.targets[i] = index.get(link.target)!;
    network.weights[i] = link.weight;
    network.undirected[i] = link.undirected ? 1 : 0;
    i += 1;
  }
  return network;
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

const byEnds = (x: { source: string; target: string }, y: { source: string; target: string }) =>
  byId(x.source, y.source) || byId(x.target, y.target);
