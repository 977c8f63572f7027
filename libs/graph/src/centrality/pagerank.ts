import { toScores, WeightedGraph, type CentralityScores, type WeightedEdge } from './weighted-graph';

export interface PageRankOptions {
  /** Probability of following an edge rather than jumping anywhere. */
  readonly damping?: number;
  /** Stop when the scores move less than this in total (L1 norm) in one iteration. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * Weighted PageRank by power iteration: a walker follows an outgoing edge with probability
 * proportional to its weight (damping 0.85) or jumps to any node. A dangling node (no outgoing
 * edge) spreads its score evenly over all nodes, so the scores always sum to 1.
 */
export function pageRank(edges: readonly WeightedEdge[], options: PageRankOptions = {}): CentralityScores {
  const { damping = 0.85, tolerance = 1e-10, maxIterations = 1000 } = options;
  const graph = new WeightedGraph(edges);
  const n = graph.size;
  if (n === 0) return new Map();
  const outWeight = graph.out.map((targets) => [...targets.values()].reduce((a, b) => a + b, 0));
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let u = 0; u < n; u += 1) if (outWeight[u] === 0) dangling += rank[u]!;
    const next = new Float64Array(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let u = 0; u < n; u += 1) {
      if (outWeight[u] === 0) continue;
      const share = (damping * rank[u]!) / outWeight[u]!;
      for (const [v, weight] of graph.out[u]!) next[v] = next[v]! + share * weight;
    }
    let change = 0;
    for (let u = 0; u < n; u += 1) change += Math.abs(next[u]! - rank[u]!);
    rank = next;
    if (change < tolerance) break;
  }
  return toScores(graph, rank);
}
