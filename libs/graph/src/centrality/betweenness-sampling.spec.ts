import { betweennessCentrality } from './betweenness';
import type { IndexedNetwork, NetworkLink } from './indexed-network';
import { indexNetwork } from './network-builder';
import { seededRandom } from './seeded-random';

/**
 * A who-spoke-to-whom-like network where exact betweenness is affordable: 1,000 actors, Zipf-like activity
 * (a few hubs, many actors with one or two links), ~6,000 directed links and some co-participations.
 */
function zipfNetwork(nodes: number, links: number, seed: number): IndexedNetwork {
  const random = seededRandom(seed);
  const pick = () => Math.floor(nodes * random() ** 2.5);
  const list: NetworkLink[] = [];
  for (let i = 0; i < links; i += 1) {
    const [a, b] = [pick(), Math.floor(random() * nodes)];
    list.push({ source: `actor:${a}`, target: `actor:${b}`, weight: 1, undirected: random() < 0.1 });
  }
  return indexNetwork(list);
}

/** How far a sampled estimate is from exact: in units of the largest exact score, and for the top 20. */
function compare(exact: Float64Array, sampled: Float64Array) {
  const top = Math.max(...exact);
  let maxError = 0;
  let sumError = 0;
  for (let i = 0; i < exact.length; i += 1) {
    const error = Math.abs(sampled[i]! - exact[i]!) / top;
    maxError = Math.max(maxError, error);
    sumError += error;
  }
  const best = (scores: Float64Array) =>
    new Set([...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, 20));
  const exactTop = best(exact);
  const overlap = [...best(sampled)].filter((i) => exactTop.has(i)).length;
  return { maxError, meanError: sumError / exact.length, top20Overlap: overlap };
}

describe('betweennessCentrality (sampled)', () => {
  const network = zipfNetwork(1000, 6000, 7);
  const exact = betweennessCentrality(network);

  it('is exact when the pivots are all the nodes', () => {
    const all = betweennessCentrality(network, { pivots: network.nodes.length * 2 });
    expect(Array.from(all)).toEqual(Array.from(exact));
  });

  it('is the same answer for the same seed, another for another seed', () => {
    const once = betweennessCentrality(network, { pivots: 100, seed: 1 });
    expect(Array.from(betweennessCentrality(network, { pivots: 100, seed: 1 }))).toEqual(Array.from(once));
    expect(Array.from(betweennessCentrality(network, { pivots: 100, seed: 2 }))).not.toEqual(Array.from(once));
  });

  it.each([
    // pivots, bound on the largest error, on the mean error (both × the top exact score), top-20 overlap at least
    [100, 0.1, 0.006, 11],
    [250, 0.08, 0.004, 13],
  ])(
    'with %i pivots stays within the measured error bounds over five seeds',
    (pivots, maxBound, meanBound, overlap) => {
      for (const seed of [1, 2, 3, 4, 5]) {
        const measured = compare(exact, betweennessCentrality(network, { pivots, seed }));
        expect(measured.maxError).toBeLessThan(maxBound);
        expect(measured.meanError).toBeLessThan(meanBound);
        expect(measured.top20Overlap).toBeGreaterThanOrEqual(overlap);
      }
    },
  );
});

/** Prints the measured errors (run with BETWEENNESS_ERROR_REPORT=1); used for the docs' table. */
if (process.env.BETWEENNESS_ERROR_REPORT) {
  it('reports the measured errors', () => {
    const network = zipfNetwork(1000, 6000, 7);
    const exact = betweennessCentrality(network);
    const rows = [50, 100, 250, 500].map((pivots) => {
      const runs = [1, 2, 3, 4, 5].map((seed) => compare(exact, betweennessCentrality(network, { pivots, seed })));
      return {
        pivots,
        nodes: network.nodes.length,
        links: network.weights.length,
        worstMaxError: Math.max(...runs.map((r) => r.maxError)),
        worstMeanError: Math.max(...runs.map((r) => r.meanError)),
        worstTop20Overlap: Math.min(...runs.map((r) => r.top20Overlap)),
      };
    });
    console.log(JSON.stringify(rows, null, 1));
  });
}
