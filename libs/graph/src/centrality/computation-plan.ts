/** What can be computed over the who-spoke-to-whom network. */
export type NetworkComputation = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS' | 'COMMUNITIES';

export interface NetworkSize {
  readonly nodes: number;
  readonly links: number;
}

/** How a computation will run, and what it is expected to take. */
export interface ComputationPlan {
  readonly computation: NetworkComputation;
  /** BETWEENNESS only: `sampled` starts the shortest-path searches from `pivots` nodes rather than all. */
  readonly method: 'exact' | 'sampled';
  readonly pivots: number | null;
  /** Expected CPU time in milliseconds (see COST_RATES). */
  readonly estimatedMs: number;
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: ComputationPlan }
  | { readonly ok: false; readonly reason: string; readonly hint: string };

/**
 * CPU time per unit of work, measured with graphology on this project's reference machine (2-core server,
 * Node 20; `process.cpuUsage` around each algorithm on seeded Zipf-like networks of 20k and 200k links),
 * rounded up by ~20%. Each rate includes building the graph the algorithm runs on. A busy machine takes longer
 * in wall time; the estimate stays the work asked for.
 *
 * | measured (ms) | 2,000 actors, 19,723 links | 20,000 actors, 199,508 links |
 * | --- | --- | --- |
 * | build the directed graph, per link | 0.0069 | 0.0086 |
 * | DEGREE, per link | 0.0085 | 0.0108 |
 * | PAGERANK, per link | 0.0126 | 0.0091 |
 * | COMMUNITIES (Louvain), per link | 0.0179 | 0.0091 |
 * | one Brandes search, per (actor + link) | 0.00043 | 0.00042 |
 *
 * PageRank runs on typed arrays, not a graphology graph (pagerank.ts): 0.00045 ms per link with the id ordering
 * (canonicalNetwork), on 50,000 actors and 718,644 links (Zipf-like sources, a tenth co-participations).
 */
export const COST_RATES = {
  buildMsPerLink: 0.01,
  degreeMsPerLink: 0.013,
  pageRankMsPerLink: 0.001,
  louvainMsPerLink: 0.02,
  brandesMsPerNodeOrLink: 0.0005,
} as const;

export interface ComputationLimits {
  readonly maxLinks: number;
  readonly exactBetweennessMs: number;
  readonly sampledBetweennessMs: number;
  readonly minPivots: number;
  readonly maxMs: number;
}

export const COMPUTATION_LIMITS: ComputationLimits = {
  /** The graph is held in a worker's memory (graphology: ~0.5 KB per link); beyond this, refused. */
  maxLinks: 1_500_000,
  /** Exact betweenness while it is expected to take at most this long… */
  exactBetweennessMs: 5_000,
  /** …otherwise as many pivots as fit in this time… */
  sampledBetweennessMs: 10_000,
  /** …but never fewer than this: with fewer pivots the estimate is too rough to rank anyone. */
  minPivots: 50,
  /** Any computation expected to take longer than this is refused (the request deadline is 20 s by default). */
  maxMs: 15_000,
};

const round = (ms: number) => Math.max(1, Math.ceil(ms));

/** Expected time of one Brandes search (one pivot). */
function perPivotMs({ nodes, links }: NetworkSize): number {
  return (nodes + links) * COST_RATES.brandesMsPerNodeOrLink;
}

/**
 * Whether and how to run a computation on a network of this size, decided before anything runs: exact
 * betweenness while affordable, else seeded sampling with as many pivots as fit the budget; refused (with a
 * hint) when even that, or the memory the graph needs, is too much.
 */
export function planComputation(
  computation: NetworkComputation,
  size: NetworkSize,
  limits: ComputationLimits = COMPUTATION_LIMITS,
): PlanOutcome {
  const narrow = 'narrow `where` (a date window, kinds or datasets) or leave out MENTION links';
  if (size.links > limits.maxLinks) {
    return {
      ok: false,
      reason: `the network has ${size.links} links, more than the ${limits.maxLinks} one computation may hold`,
      hint: narrow,
    };
  }
  const plan = (method: 'exact' | 'sampled', pivots: number | null, ms: number): PlanOutcome => {
    if (ms > limits.maxMs) {
      return {
        ok: false,
        reason: `${computation} over ${size.nodes} actors and ${size.links} links would take about ${round(ms)} ms`,
        hint: narrow,
      };
    }
    return { ok: true, plan: { computation, method, pivots, estimatedMs: round(ms) } };
  };
  switch (computation) {
    case 'DEGREE':
      return plan('exact', null, size.links * COST_RATES.degreeMsPerLink);
    case 'PAGERANK':
      return plan('exact', null, size.links * COST_RATES.pageRankMsPerLink);
    case 'COMMUNITIES':
      return plan('exact', null, size.links * COST_RATES.louvainMsPerLink);
    case 'BETWEENNESS':
      return planBetweenness(size, size.links * COST_RATES.buildMsPerLink, plan, limits);
    default: {
      const unreachable: never = computation;
      throw new Error(`unknown network computation ${String(unreachable)}`);
    }
  }
}

function planBetweenness(
  size: NetworkSize,
  build: number,
  plan: (method: 'exact' | 'sampled', pivots: number | null, ms: number) => PlanOutcome,
  limits: ComputationLimits,
): PlanOutcome {
  const search = perPivotMs(size);
  if (build + size.nodes * search <= limits.exactBetweennessMs) {
    return plan('exact', null, build + size.nodes * search);
  }
  const pivots = Math.min(size.nodes, Math.floor((limits.sampledBetweennessMs - build) / search));
  if (pivots < limits.minPivots) {
    return {
      ok: false,
      reason:
        `BETWEENNESS over ${size.nodes} actors and ${size.links} links: even a ` +
        `${limits.minPivots}-pivot sample would take about ${round(build + limits.minPivots * search)} ms`,
      hint: 'narrow `where` (a date window, kinds or datasets), or ask for PAGERANK or DEGREE',
    };
  }
  return plan('sampled', pivots, build + pivots * search);
}
