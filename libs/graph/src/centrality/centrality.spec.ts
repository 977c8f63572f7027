import { betweennessCentrality } from './betweenness';
import { degreeCentrality } from './degree';
import { toScores, type CentralityScores, type IndexedNetwork, type NetworkLink } from './indexed-network';
import { indexNetwork } from './network-builder';
import { pageRankCentrality } from './pagerank';
import { rankScores } from './rank-scores';

const edge = (source: string, target: string, weight = 1): NetworkLink => ({ source, target, weight });
const together = (a: string, b: string, weight = 1): NetworkLink => ({
  source: a,
  target: b,
  weight,
  undirected: true,
});
const scored =
  (metric: (network: IndexedNetwork) => Float64Array) =>
  (links: NetworkLink[]): CentralityScores => {
    const network = indexNetwork(links);
    return toScores(network, metric(network));
  };
const degreeCentralityOf = scored(degreeCentrality);
const pageRank = scored(pageRankCentrality);
const betweenness = scored((network) => betweennessCentrality(network));
const both = (a: string, b: string): NetworkLink[] => [edge(a, b), edge(b, a)];

/** A hub speaking with three leaves, both ways. */
const STAR = [...both('hub', 'a'), ...both('hub', 'b'), ...both('hub', 'c')];
const CHAIN = [edge('a', 'b'), edge('b', 'c')];
const CYCLE = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')];

const plain = (scores: CentralityScores) => Object.fromEntries(scores);

function expectScores(scores: CentralityScores, expected: Record<string, number>): void {
  expect([...scores.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) expect(scores.get(id)).toBeCloseTo(value, 9);
}

describe('degreeCentrality', () => {
  it('sums the weights in and out of each node', () => {
    expect(plain(degreeCentralityOf([edge('hub', 'a', 2), edge('hub', 'b'), edge('c', 'hub')]))).toEqual({
      hub: 4,
      a: 2,
      b: 1,
      c: 1,
    });
  });

  it('adds repeated dyads and drops self-loops', () => {
    expect(plain(degreeCentralityOf([edge('a', 'b'), edge('a', 'b', 2), edge('a', 'a', 5)]))).toEqual({ a: 3, b: 3 });
  });

  it('counts a co-participation once for each of its two actors', () => {
    expect(plain(degreeCentralityOf([together('b', 'a', 2), edge('a', 'b'), together('a', 'b')]))).toEqual({
      a: 4,
      b: 4,
    });
  });

  it('refuses a weight that is not positive', () => {
    expect(() => degreeCentralityOf([edge('a', 'b', 0)])).toThrow('not positive');
  });
});

describe('pageRank', () => {
  it('gives every node of a cycle the same share', () => {
    expectScores(pageRank(CYCLE), { a: 1 / 3, b: 1 / 3, c: 1 / 3 });
  });

  it('ranks a star by hand: hub 71/148, each leaf 77/444', () => {
    expectScores(pageRank(STAR), { hub: 71 / 148, a: 77 / 444, b: 77 / 444, c: 77 / 444 });
  });

  it('spreads a dangling node evenly: a → b gives a 20/57 and b 37/57', () => {
    expectScores(pageRank([edge('a', 'b')]), { a: 20 / 57, b: 37 / 57 });
  });

  it('follows edges in proportion to their weight', () => {
    const scores = pageRank([edge('a', 'b', 3), edge('a', 'c', 1), edge('b', 'a'), edge('c', 'a')]);
    expectScores(scores, { a: 18 / 37, b: 13.325 / 37, c: 5.675 / 37 });
  });

  it('walks a co-participation either way: two leaders who met score alike', () => {
    expectScores(pageRank([together('a', 'b', 3)]), { a: 0.5, b: 0.5 });
  });

  it('sums to 1 and is empty for no edges', () => {
    const total = [...pageRank([...CHAIN, ...STAR]).values()].reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 9);
    expect(pageRank([]).size).toBe(0);
  });
});

describe('betweennessCentrality (exact)', () => {
  it('puts the hub of a star on every path between leaves', () => {
    expectScores(betweenness(STAR), { hub: 1, a: 0, b: 0, c: 0 });
  });

  it('puts the middle of a chain on half the ordered pairs', () => {
    expectScores(betweenness(CHAIN), { a: 0, b: 0.5, c: 0 });
  });

  it('gives each node of a directed cycle one of two paths', () => {
    expectScores(betweenness(CYCLE), { a: 0.5, b: 0.5, c: 0.5 });
  });

  it('splits a pair between two equally short routes and ignores weights', () => {
    // s → x → t and s → y → t: x and y each carry half of the one s→t pair, out of 3·2 ordered pairs.
    const scores = betweenness([edge('s', 'x', 9), edge('s', 'y'), edge('x', 't'), edge('y', 't')]);
    expectScores(scores, { s: 0, x: 0.5 / 6, y: 0.5 / 6, t: 0 });
  });

  it('crosses a co-participation either way, as one arc even when a directed link doubles it', () => {
    const arcs = [edge('s', 'x'), edge('x', 't'), edge('s', 'y'), edge('y', 's'), edge('y', 't')];
    const mixed = [edge('s', 'x'), edge('x', 't'), edge('s', 'y'), together('y', 's'), edge('y', 't')];
    expect(plain(betweenness(mixed))).toEqual(plain(betweenness(arcs)));
    expect(betweenness(mixed).get('x')).toBeGreaterThan(0);
  });

  it('is empty for an empty network, exact or sampled', () => {
    expect(betweennessCentrality(indexNetwork([])).length).toBe(0);
    expect(betweennessCentrality(indexNetwork([]), { pivots: 10 }).length).toBe(0);
  });

  it('is 0 when there are fewer than three nodes', () => {
    expectScores(betweenness([edge('a', 'b')]), { a: 0, b: 0 });
  });
});

describe('rankScores', () => {
  const scores = new Map([
    ['c', 0.2],
    ['a', 0.5],
    ['b', 0.2 + 1e-15],
    ['d', 0.1],
  ]);

  it('orders best first, breaks ties by id and gives ties one rank', () => {
    expect(rankScores(scores, 10)).toEqual([
      { id: 'a', score: 0.5, rank: 1 },
      { id: 'b', score: 0.2 + 1e-15, rank: 2 },
      { id: 'c', score: 0.2, rank: 2 },
      { id: 'd', score: 0.1, rank: 4 },
    ]);
  });

  it('keeps the first n and accepts another tie-break', () => {
    expect(rankScores(scores, 2, (x, y) => y.localeCompare(x)).map((r) => r.id)).toEqual(['a', 'c']);
  });
});
