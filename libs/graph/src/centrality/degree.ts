import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { IndexedNetwork } from './indexed-network';
import { mixedGraph } from './network-graphs';

/**
 * Weighted degree (graphology-metrics): the total weight of the links a node takes part in — the interactions
 * it initiated, those directed at it and its co-participations, each link counted once. Aligned with `network.nodes`.
 */
export function degreeCentrality(network: IndexedNetwork): Float64Array {
  const graph = mixedGraph(network);
  return Float64Array.from(network.nodes, (_, i) => weightedDegree(graph, String(i), 'weight'));
}
