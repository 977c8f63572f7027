import { louvainCommunities } from './communities';
import type { NetworkLink } from './indexed-network';
import { indexNetwork } from './network-builder';

const edge = (source: string, target: string, weight = 1): NetworkLink => ({ source, target, weight });

/** Two triangles of allies joined by one thin link. */
const TWO_CLIQUES = [
  edge('a1', 'a2', 3),
  edge('a2', 'a3', 3),
  edge('a3', 'a1', 3),
  edge('b1', 'b2', 3),
  edge('b2', 'b3', 3),
  { source: 'b3', target: 'b1', weight: 3, undirected: true },
  edge('a1', 'b1', 1),
];

describe('louvainCommunities', () => {
  it('finds the two cliques, with their internal and external weights', () => {
    const network = indexNetwork(TWO_CLIQUES);
    const { communities, modularity } = louvainCommunities(network);
    const named = communities.map((c) => ({ ...c, members: c.members.map((i) => network.nodes[i]) }));
    expect(named).toEqual([
      { members: ['a1', 'a2', 'a3'], internalWeight: 9, externalWeight: 1 },
      { members: ['b1', 'b2', 'b3'], internalWeight: 9, externalWeight: 1 },
    ]);
    expect(modularity).toBeGreaterThan(0.3);
  });

  it('puts every node in exactly one community, the same way every time', () => {
    const links = Array.from({ length: 300 }, (_, i) => edge(`n${(i * 7) % 60}`, `n${(i * 13 + 1) % 60}`));
    const network = indexNetwork(links);
    const once = louvainCommunities(network);
    const members = once.communities.flatMap((c) => c.members).sort((x, y) => x - y);
    expect(members).toEqual(network.nodes.map((_, i) => i));
    expect(louvainCommunities(network)).toEqual(once);
  });

  it('is empty for an empty network', () => {
    expect(louvainCommunities(indexNetwork([]))).toEqual({ communities: [], modularity: 0 });
  });
});
