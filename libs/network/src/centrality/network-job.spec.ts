import { indexNetwork, NetworkBuilder, type IndexedNetwork, type NetworkLink } from '@actorgraph/graph';
import { runNetworkJob, type NetworkJob, type NetworkJobResult } from './network-job';

const links: NetworkLink[] = [
  { source: 'e', target: 'a', weight: 1 },
  { source: 'd', target: 'b', weight: 2 },
  { source: 'a', target: 'b', weight: 2 },
  { source: 'c', target: 'a', weight: 1, undirected: true },
  { source: 'b', target: 'c', weight: 1 },
  { source: 'c', target: 'd', weight: 3 },
];

const job = (computation: NetworkJob['computation'], network: IndexedNetwork): NetworkJob => ({
  computation,
  network,
  pivots: null,
  seed: 1,
  names: network.nodes.map((id) => id.toUpperCase()),
});

/** A result by actor id: what the API answers, whatever the node numbering. */
function byId(result: NetworkJobResult, nodes: readonly string[]) {
  if (result.kind === 'partition')
    return result.partition.communities.map((c) => ({ ...c, members: c.members.map((node) => nodes[node]) }));
  return {
    scores: Object.fromEntries(Array.from(result.scores, (score, node) => [nodes[node], score])),
    ranking: Array.from(result.ranking.order, (node, k) => [nodes[node], result.ranking.rank[k]]),
  };
}

describe('runNetworkJob', () => {
  it.each(['DEGREE', 'PAGERANK', 'BETWEENNESS', 'COMMUNITIES'] as const)(
    '%s: a network numbered as first seen gets the same answer, actor by actor, as one in id order',
    (computation) => {
      const builder = new NetworkBuilder();
      for (const link of links) builder.add(link);
      const raw = builder.build();
      expect(raw.nodes).not.toEqual([...raw.nodes].sort());
      const canonical = indexNetwork(links);
      expect(byId(runNetworkJob(job(computation, raw)), raw.nodes)).toEqual(
        byId(runNetworkJob(job(computation, canonical)), canonical.nodes),
      );
    },
  );
});
