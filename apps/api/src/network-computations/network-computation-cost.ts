/**
 * What a network computation is charged (cost units, see cost/field-cost.ts), whatever `first` asks for: the
 * whole matching network is read and computed. Proportional to the CPU time each takes on the same network
 * (libs/graph COST_RATES: DEGREE 1.3, PAGERANK 1.5, COMMUNITIES 2 per link; BETWEENNESS up to 10 s by
 * design), scaled so that betweenness costs 20,000 of the 50,000-unit request budget: two fit in a request,
 * three do not. A result reused from the cache costs the same: the charge is decided before anyone knows.
 */
export const NETWORK_COMPUTATION_COST: Readonly<Record<string, number>> = {
  DEGREE: 2_000,
  PAGERANK: 3_000,
  COMMUNITIES: 4_000,
  BETWEENNESS: 20_000,
};
