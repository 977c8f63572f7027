import fc from 'fast-check';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { canonicalNetwork } from './canonical-network';
import type { IndexedNetwork } from './indexed-network';
import { NetworkBuilder } from './network-builder';
import { byIndex, mixedGraph } from './network-graphs';
import { PAGERANK_DAMPING, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE, pageRankCentrality } from './pagerank';

/** graphology-metrics' PageRank over a graphology mixed graph: what pageRankCentrality must give, number for number. */
function graphologyPageRank(network: IndexedNetwork): Float64Array {
  if (network.nodes.length === 0) return new Float64Array(0);
  const scores = pagerank(mixedGraph(network), {
    getEdgeWeight: 'weight',
    alpha: PAGERANK_DAMPING,
    tolerance: PAGERANK_TOLERANCE,
    maxIterations: PAGERANK_MAX_ITERATIONS,
  });
  return byIndex(network, scores);
}

const ids = Array.from({ length: 40 }, (_, i) => `actor:${i}`);
const link = fc.record({
  source: fc.constantFrom(...ids),
  target: fc.constantFrom(...ids),
  weight: fc.integer({ min: 1, max: 1000 }),
  undirected: fc.boolean(),
});

describe('pageRankCentrality', () => {
  it("gives graphology-metrics' PageRank exactly, on any network of directed and undirected links", () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 300 }), (links) => {
        const builder = new NetworkBuilder();
        for (const l of links) builder.add(l);
        const { network } = canonicalNetwork(builder.build());
        expect(Array.from(pageRankCentrality(network))).toEqual(Array.from(graphologyPageRank(network)));
      }),
      { numRuns: 300 },
    );
  });
});
