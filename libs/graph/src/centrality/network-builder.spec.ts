import fc from 'fast-check';
import { canonicalNetwork } from './canonical-network';
import { networkLinks, type IndexedNetwork, type NetworkLink } from './indexed-network';
import { indexNetwork, NetworkBuilder } from './network-builder';

const link = fc.record({
  source: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  target: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  weight: fc.integer({ min: 1, max: 5 }),
  undirected: fc.boolean(),
});

const built = (links: readonly NetworkLink[]) => {
  const builder = new NetworkBuilder();
  for (const l of links) builder.add(l);
  return builder.build();
};

/** What the links say once merged: one weight per directed pair and per unordered co-participating pair. */
function expectedWeights(links: readonly NetworkLink[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { source, target, weight, undirected } of links) {
    if (source === target) continue;
    const [a, b] = undirected && target < source ? [target, source] : [source, target];
    const key = `${undirected ? 'u' : 'd'} ${a} ${b}`;
    weights.set(key, (weights.get(key) ?? 0) + weight);
  }
  return weights;
}

const weightsOf = (links: readonly NetworkLink[]) =>
  new Map(links.map((l) => [`${l.undirected ? 'u' : 'd'} ${l.source} ${l.target}`, l.weight]));

describe('NetworkBuilder and canonicalNetwork', () => {
  it('merge repeated links, keep a co-participation once whichever way it came, and drop self-loops', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 40 }), (links) => {
        expect(weightsOf(networkLinks(indexNetwork(links)))).toEqual(expectedWeights(links));
      }),
    );
  });

  it('give the same network in id order whatever order the links came in', () => {
    fc.assert(
      fc.property(
        fc
          .array(link, { maxLength: 40 })
          .chain((links) => fc.tuple(fc.constant(links), fc.shuffledSubarray(links, { minLength: links.length }))),
        ([links, shuffled]) => {
          expect(indexNetwork(shuffled)).toEqual(indexNetwork(links));
        },
      ),
    );
  });

  it('merge a link given several times (one row per kind and period) into one, its weights added', () => {
    const raw: IndexedNetwork = {
      nodes: ['b', 'a', 'c'],
      sources: Uint32Array.from([0, 1, 0, 2, 1]),
      targets: Uint32Array.from([1, 0, 1, 1, 0]),
      weights: Float64Array.from([1, 2, 3, 4, 5]),
      undirected: Uint8Array.from([0, 1, 0, 0, 0]),
    };
    expect(networkLinks(canonicalNetwork(raw).network)).toEqual([
      { source: 'a', target: 'b', weight: 5, undirected: false },
      { source: 'a', target: 'b', weight: 2, undirected: true },
      { source: 'b', target: 'a', weight: 4, undirected: false },
      { source: 'c', target: 'a', weight: 4, undirected: false },
    ]);
  });

  it('number nodes as first seen until put in id order, and say where each node was', () => {
    const raw = built([
      { source: 'c', target: 'a', weight: 1 },
      { source: 'b', target: 'c', weight: 2, undirected: true },
    ]);
    expect(raw.nodes).toEqual(['c', 'a', 'b']);
    const { network, rawIndex } = canonicalNetwork(raw);
    expect(network.nodes).toEqual(['a', 'b', 'c']);
    expect(Array.from(rawIndex)).toEqual([1, 2, 0]);
    expect(networkLinks(network)).toEqual([
      { source: 'b', target: 'c', weight: 2, undirected: true },
      { source: 'c', target: 'a', weight: 1, undirected: false },
    ]);
  });

  it('clear the links between two actors, either way, so the pair can be read again', () => {
    const pair = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e'));
    fc.assert(
      fc.property(
        fc.array(link, { maxLength: 40 }),
        fc.array(pair, { maxLength: 4 }),
        fc.array(link, { maxLength: 20 }),
        (before, pairs, reread) => {
          const between = (l: NetworkLink) =>
            pairs.some(([x, y]) => (l.source === x && l.target === y) || (l.source === y && l.target === x));
          const patched = new NetworkBuilder();
          for (const l of before) patched.add(l);
          for (const [x, y] of pairs) patched.clearBetween(x, y);
          for (const l of reread.filter(between)) patched.add(l);
          // What a fresh read gives: the links of other pairs as before, the cleared pairs' as read again.
          const fresh = [...before.filter((l) => !between(l)), ...reread.filter(between)];
          expect(canonicalNetwork(patched.build()).network).toEqual(indexNetwork(fresh));
        },
      ),
    );
  });

  it('refuses a weight that is not positive, naming the link', () => {
    expect(() => new NetworkBuilder().add({ source: 'a', target: 'b', weight: 0 })).toThrow(
      'link a → b has a weight that is not positive: 0',
    );
  });
});
