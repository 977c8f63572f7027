import { createHash } from 'node:crypto';
import {
  BETWEENNESS_SEED,
  COMPUTATION_LIMITS,
  LOUVAIN_SEED,
  planComputation,
  type ComputationLimits,
  type ComputationPlan,
  type NetworkComputation,
  type NetworkSize,
  type ProjectionWindow,
} from '@actorgraph/graph';
import { ComputationCache } from './computation-cache';
import type { NetworkWorkerPool } from './network-worker-pool';
import type { NetworkQuery, NetworkSource } from './network-source';
import { readParts, windowNetwork, type SpannedRead } from './spanned-network';
import { indexInTurns, WholeNetwork, type IndexedSourcedNetwork } from './whole-network';

/** A computation refused before it ran: why, and what to change. */
export class NetworkComputationRefused extends Error {
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`${reason}; ${hint}`);
    this.name = 'NetworkComputationRefused';
  }
}

export type CentralityMetricName = Exclude<NetworkComputation, 'COMMUNITIES'>;

/** How a result was computed, for the answer's metadata and the tests. */
export interface ComputedOver {
  readonly plan: ComputationPlan;
  readonly size: NetworkSize;
  readonly version: string;
}

export interface RankedActor {
  readonly id: string;
  readonly score: number;
  readonly rank: number;
}

/** Every actor of the network, best first; held as typed arrays (a cached ranking of 50,000 actors is ~1 MB). */
export interface CentralityRanking extends ComputedOver {
  /** How many actors are ranked. */
  readonly count: number;
  /** The best `first` (all of them without `first`). */
  top(first?: number): RankedActor[];
  /** These actors' places, by id (an actor the network lacks is left out); looked up, not ranked out again. */
  find(ids: Iterable<string>): Map<string, RankedActor>;
}

export interface ActorCommunity {
  /** Actor ids, in id order. */
  readonly members: readonly string[];
  readonly internalWeight: number;
  readonly externalWeight: number;
}

export interface CommunityPartition extends ComputedOver {
  readonly modularity: number;
  /** Largest first; every actor of the network is in exactly one. */
  readonly communities: readonly ActorCommunity[];
}

/** What the windows of one request share: one read of the projection, and one bound of its size. */
interface SharedRead {
  readonly network: () => Promise<IndexedSourcedNetwork>;
  readonly bound: () => Promise<NetworkSize>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; refused: NetworkComputationRefused };

/**
 * Centrality and communities over the who-spoke-to-whom network: reads the network's version, and reuses a
 * result computed on that version for the same computation, filter and link options (identical computations
 * in flight are shared, refusals too). Otherwise it reads the network's size (an upper bound from the count
 * store, else a count), refuses what would take too long (planComputation) before reading anything else, reads
 * the links, indexes them a few thousand per turn of the event loop and runs the algorithm in a worker thread.
 */
export class NetworkComputations {
  readonly cache = new ComputationCache<Outcome<CentralityRanking | CommunityPartition>>(32);
  /** What is refused (libs/graph planComputation); tests lower it to see a refusal on a small network. */
  limits: ComputationLimits = COMPUTATION_LIMITS;

  /** The whole projection's network, patched from one version to the next rather than read again. */
  private readonly whole: WholeNetwork;

  constructor(
    private readonly source: NetworkSource,
    private readonly pool: NetworkWorkerPool,
  ) {
    this.whole = new WholeNetwork(source);
  }

  /** The workers' activity (running, queued, completed jobs): tests and /metrics read it. */
  get workerStats(): NetworkWorkerPool['stats'] {
    return this.pool.stats;
  }

  centrality(metric: CentralityMetricName, query: NetworkQuery): Promise<CentralityRanking> {
    return this.cached(metric, query) as Promise<CentralityRanking>;
  }

  communities(query: NetworkQuery): Promise<CommunityPartition> {
    return this.cached('COMMUNITIES', query) as Promise<CommunityPartition>;
  }

  /**
   * One centrality per query, for queries that differ only in their dates (a ranking per time window): each
   * answered as {@link centrality} answers it alone (the same cache, the same refusals), but the windows of years
   * or months not already computed share one read of the projection over their whole range (readSpans), each
   * summing the rows whose span meets it — the network its own read would give, read once instead of once each.
   */
  centralityPerWindow(metric: CentralityMetricName, queries: readonly NetworkQuery[]): Promise<CentralityRanking[]> {
    return this.perWindow(metric, queries) as Promise<CentralityRanking[]>;
  }

  /** {@link centralityPerWindow} for communities. */
  communitiesPerWindow(queries: readonly NetworkQuery[]): Promise<CommunityPartition[]> {
    return this.perWindow('COMMUNITIES', queries) as Promise<CommunityPartition[]>;
  }

  private perWindow(computation: NetworkComputation, queries: readonly NetworkQuery[]) {
    const shared = this.sharedReads(queries);
    // One version for all the windows: one answer, one state of the network (and one read of it, not one a window).
    const version = this.source.version();
    return Promise.all(queries.map((query) => this.cached(computation, query, shared.get(query), version)));
  }

  /**
   * For each query of years or months that shares its level, filter and link options with another: its network
   * from one read of the projection over all of theirs (started when the first of them misses the cache), and the
   * size bound of that whole range (a window's network is part of the range's).
   */
  private sharedReads(queries: readonly NetworkQuery[]): Map<NetworkQuery, SharedRead> {
    const reads = new Map<NetworkQuery, SharedRead>();
    const readSpans = this.source.readSpans?.bind(this.source);
    if (!readSpans) return reads;
    const groups = new Map<string, NetworkQuery[]>();
    for (const query of queries) {
      if (!query.window || query.window.level === 'ALL') continue;
      const group = JSON.stringify([query.window.level, query.where.kinds, query.where.datasets, query.links]);
      groups.set(group, [...(groups.get(group) ?? []), query]);
    }
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const windows = members.map((query) => query.window!);
      const range = {
        level: windows[0]!.level,
        from: windows.map((w) => w.from).reduce((a, b) => (b < a ? b : a)),
        to: windows.map((w) => w.to).reduce((a, b) => (b > a ? b : a)),
      };
      const partStarts = readParts(windows.map((window) => window.from));
      const whole = { ...members[0]!, window: range };
      let spans: SpannedRead | undefined;
      const inWindow = async (window: ProjectionWindow) => {
        spans ??= readSpans(whole, partStarts);
        return { network: await windowNetwork(spans, window), names: spans.names };
      };
      let bound: Promise<NetworkSize> | undefined;
      const rangeBound = () => (bound ??= this.source.bound(whole));
      for (const [k, query] of members.entries())
        reads.set(query, { network: () => inWindow(windows[k]!), bound: rangeBound });
    }
    return reads;
  }

  /**
   * A computation from the cache, or computed from `shared` (the query's own read and bound by default), at the
   * network's version (read now by default).
   */
  private async cached(
    computation: NetworkComputation,
    query: NetworkQuery,
    shared?: SharedRead,
    atVersion: Promise<string> = this.source.version(),
  ) {
    const version = await atVersion;
    // Until the projection is first built (version 0, e.g. right after neo4j-admin import) it holds nothing: scan.
    if (version.startsWith('0/')) {
      query = { ...query, window: null };
      shared = undefined;
    }
    const key = createHash('sha256')
      .update(JSON.stringify([computation, query.where, query.links]))
      .digest('hex');
    const network =
      shared?.network ??
      (query.window?.level === 'ALL'
        ? () => this.whole.read(query, version)
        : () => indexInTurns(this.source.read(query)));
    const bound = shared?.bound ?? (() => this.source.bound(query));
    const outcome = await this.cache.get(version, key, () => this.compute(computation, query, version, network, bound));
    if (!outcome.ok) throw outcome.refused;
    return outcome.value;
  }

  private async compute(
    computation: NetworkComputation,
    query: NetworkQuery,
    version: string,
    read: () => Promise<IndexedSourcedNetwork>,
    bound: () => Promise<NetworkSize>,
  ): Promise<Outcome<CentralityRanking | CommunityPartition>> {
    // A cheap upper bound first (the count store); counted exactly only when the bound alone would refuse.
    let estimate = planComputation(computation, await bound(), this.limits);
    if (!estimate.ok) estimate = planComputation(computation, await this.source.size(query), this.limits);
    if (!estimate.ok) return { ok: false, refused: new NetworkComputationRefused(estimate.reason, estimate.hint) };
    this.pool.prepare(); // The worker boots while the network is read.
    // Indexed in turns, sorted in the worker (runNetworkJob): the event loop keeps answering meanwhile.
    const { network, names } = await read();
    const size = { nodes: network.nodes.length, links: network.weights.length };
    // The real size is at most the estimate; planned again so the pivots fit the network actually read (its links
    // an upper bound until the worker merges a windowed read's repeated pairs).
    const planned = planComputation(computation, size, this.limits);
    if (!planned.ok) return { ok: false, refused: new NetworkComputationRefused(planned.reason, planned.hint) };
    const nodes = network.nodes;
    const result = await this.pool.run({
      computation,
      network,
      pivots: planned.plan.pivots,
      seed: computation === 'COMMUNITIES' ? LOUVAIN_SEED : BETWEENNESS_SEED,
      names: nodes.map((id) => names.get(id) ?? ''),
    });
    // A windowed read gives a pair once per kind and period: the worker counted its links once merged.
    const over = { plan: planned.plan, size: { ...size, links: result.links }, version };
    if (result.kind === 'scores') {
      const { order, rank } = result.ranking;
      const scores = result.scores;
      const place = (node: number, k: number) => ({ id: nodes[node]!, score: scores[node]!, rank: rank[k]! });
      const top = (first = order.length) => Array.from(order.subarray(0, first), place);
      // Down the ranking until all are found: a windowed answer looks up the overall top actors in every window,
      // where they are mostly near the top too.
      const find = (ids: Iterable<string>) => {
        const wanted = new Set(ids);
        const found = new Map<string, RankedActor>();
        for (let k = 0; k < order.length && found.size < wanted.size; k += 1) {
          const id = nodes[order[k]!]!;
          if (wanted.has(id)) found.set(id, place(order[k]!, k));
        }
        return found;
      };
      return { ok: true, value: { ...over, count: order.length, top, find } };
    }
    const communities = result.partition.communities.map((community) => ({
      members: community.members.map((node) => nodes[node]!),
      internalWeight: community.internalWeight,
      externalWeight: community.externalWeight,
    }));
    return { ok: true, value: { ...over, modularity: result.partition.modularity, communities } };
  }
}
