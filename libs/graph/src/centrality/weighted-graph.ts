/** One directed dyad: `source` acted on `target` `weight` times. */
export interface WeightedEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/**
 * A directed graph over dense node indexes, built once from an edge list so each algorithm runs
 * over plain arrays. Nodes are in order of first appearance; repeated dyads add their weights;
 * self-loops are dropped (an actor does not speak to itself in this network).
 */
export class WeightedGraph {
  readonly nodes: string[] = [];
  /** out[u]: the targets of u with the summed weights. */
  readonly out: Map<number, number>[] = [];
  /** in[v]: the sources of v with the summed weights. */
  readonly in: Map<number, number>[] = [];
  private readonly index = new Map<string, number>();

  constructor(edges: readonly WeightedEdge[]) {
    for (const { source, target, weight } of edges) {
      if (!(weight > 0)) throw new Error(`edge ${source} → ${target} has a weight that is not positive: ${weight}`);
      const u = this.add(source);
      const v = this.add(target);
      if (u === v) continue;
      this.out[u]!.set(v, (this.out[u]!.get(v) ?? 0) + weight);
      this.in[v]!.set(u, (this.in[v]!.get(u) ?? 0) + weight);
    }
  }

  get size(): number {
    return this.nodes.length;
  }

  private add(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.nodes.length;
      this.index.set(id, i);
      this.nodes.push(id);
      this.out.push(new Map());
      this.in.push(new Map());
    }
    return i;
  }
}

/** A node's score, keyed by node id. */
export type CentralityScores = Map<string, number>;

export function toScores(graph: WeightedGraph, values: ArrayLike<number>): CentralityScores {
  return new Map(graph.nodes.map((id, i) => [id, values[i]!]));
}
