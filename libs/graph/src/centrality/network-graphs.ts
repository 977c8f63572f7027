import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import type { IndexedNetwork } from './indexed-network';

/**
 * The graphology graphs the algorithms run on, built from an {@link IndexedNetwork}. Nodes are added in the
 * network's order (sorted by id), so graphology's internal indexes, and every result, follow that order.
 * Node keys are the node indexes as strings; weights are in the `weight` attribute.
 */
export interface LinkWeight {
  weight: number;
}

function withNodes<G extends Graph>(graph: G, network: IndexedNetwork): G {
  for (let i = 0; i < network.nodes.length; i += 1) graph.addNode(String(i));
  return graph;
}

function add(graph: Graph, directed: boolean, source: number, target: number, weight: number): void {
  const [s, t] = [String(source), String(target)];
  const existing = directed ? graph.directedEdge(s, t) : graph.undirectedEdge(s, t);
  if (existing === undefined) {
    if (directed) graph.addDirectedEdge(s, t, { weight });
    else graph.addUndirectedEdge(s, t, { weight });
  } else {
    graph.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + weight);
  }
}

/**
 * Directed and undirected links side by side (a simple mixed graph): each link is one edge, so a node's
 * weighted degree counts every link once, and a walker follows an undirected link either way.
 */
export function mixedGraph(network: IndexedNetwork): Graph<object, LinkWeight> {
  const graph = withNodes(new Graph<object, LinkWeight>({ type: 'mixed', allowSelfLoops: false }), network);
  for (let i = 0; i < network.weights.length; i += 1) {
    // Links are already merged per kind and pair: no edge is added twice.
    const [s, t, attributes] = [
      String(network.sources[i]),
      String(network.targets[i]),
      { weight: network.weights[i]! },
    ];
    if (network.undirected[i] === 1) graph.addUndirectedEdge(s, t, attributes);
    else graph.addDirectedEdge(s, t, attributes);
  }
  return graph;
}

/**
 * Directed only: an undirected link becomes an arc each way. A simple graph (one arc per ordered pair), so a
 * shortest-path count never doubles through a pair linked both by a directed and by an undirected link.
 */
export function directedGraph(network: IndexedNetwork): DirectedGraph<object, LinkWeight> {
  const graph = withNodes(new DirectedGraph<object, LinkWeight>({ allowSelfLoops: false }), network);
  for (let i = 0; i < network.weights.length; i += 1) {
    const [s, t, w] = [network.sources[i]!, network.targets[i]!, network.weights[i]!];
    add(graph, true, s, t, w);
    if (network.undirected[i] === 1) add(graph, true, t, s, w);
  }
  return graph;
}

/** Undirected: every link between two nodes, either way and of either kind, summed into one edge. */
export function undirectedGraph(network: IndexedNetwork): UndirectedGraph<object, LinkWeight> {
  const graph = withNodes(new UndirectedGraph<object, LinkWeight>({ allowSelfLoops: false }), network);
  for (let i = 0; i < network.weights.length; i += 1) {
    add(graph, false, network.sources[i]!, network.targets[i]!, network.weights[i]!);
  }
  return graph;
}

/** Values keyed by node key (the index as a string), back in network order. */
export function byIndex(network: IndexedNetwork, values: Record<string, number>): Float64Array {
  return Float64Array.from(network.nodes, (_, i) => values[String(i)] ?? 0);
}
