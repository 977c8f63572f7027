import { toScores, WeightedGraph, type CentralityScores, type WeightedEdge } from './weighted-graph';

/** Weighted degree: the total weight of a node's incoming and outgoing edges (how many interactions it took part in). */
export function degreeCentrality(edges: readonly WeightedEdge[]): CentralityScores {
  const graph = new WeightedGraph(edges);
  const sum = (weights: Map<number, number>) => [...weights.values()].reduce((a, b) => a + b, 0);
  return toScores(
    graph,
    graph.nodes.map((_, i) => sum(graph.out[i]!) + sum(graph.in[i]!)),
  );
}
