import { toScores, WeightedGraph, type CentralityScores, type WeightedEdge } from './weighted-graph';

/**
 * Brandes' betweenness on the directed graph, ignoring weights (a path is a chain of dyads): for
 * each node, the share of shortest paths between other pairs that pass through it, normalized by
 * the (n−1)(n−2) ordered pairs it could lie between, so scores are in [0, 1].
 */
export function betweennessCentrality(edges: readonly WeightedEdge[]): CentralityScores {
  const graph = new WeightedGraph(edges);
  const n = graph.size;
  const centrality = new Float64Array(n);
  const successors = graph.out.map((targets) => [...targets.keys()]);
  for (let s = 0; s < n; s += 1) {
    const stack: number[] = [];
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    const paths = new Float64Array(n);
    const distance = new Int32Array(n).fill(-1);
    paths[s] = 1;
    distance[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of successors[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) {
          paths[w] = paths[w]! + paths[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    const dependency = new Float64Array(n);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors[w]!) {
        dependency[v] = dependency[v]! + (paths[v]! / paths[w]!) * (1 + dependency[w]!);
      }
      if (w !== s) centrality[w] = centrality[w]! + dependency[w]!;
    }
  }
  const pairs = (n - 1) * (n - 2);
  return toScores(
    graph,
    Array.from(centrality, (value) => (pairs > 0 ? value / pairs : 0)),
  );
}
