import pagerank from 'graphology-metrics/centrality/pagerank';
import type { IndexedNetwork } from './indexed-network';
import { byIndex, mixedGraph } from './network-graphs';

/** Probability of following a link rather than jumping anywhere. */
export const PAGERANK_DAMPING = 0.85;
/** Power iteration stops when the scores move less than this per node on average (L1) in one iteration. */
const TOLERANCE = 1e-12;
/** Far more than needed: at damping 0.85 the error shrinks 0.85× per iteration, below 1e-12 within ~170. */
const MAX_ITERATIONS = 1000;

/**
 * Weighted PageRank (graphology-metrics, power iteration): a walker follows an outgoing link with probability
 * proportional to its weight (an undirected link either way) or, with probability 0.15, jumps to any node; a
 * node with no outgoing link spreads its score evenly over all nodes, so the scores sum to 1.
 */
export function pageRankCentrality(network: IndexedNetwork): Float64Array {
  if (network.nodes.length === 0) return new Float64Array(0);
  const scores = pagerank(mixedGraph(network), {
    getEdgeWeight: 'weight',
    alpha: PAGERANK_DAMPING,
    tolerance: TOLERANCE,
    maxIterations: MAX_ITERATIONS,
  });
  return byIndex(network, scores);
}
