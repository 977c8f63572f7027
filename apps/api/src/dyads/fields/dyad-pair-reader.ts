import {
  aggregateDyads,
  directedCount,
  Granularity,
  LinkMode,
  NETWORK_PROJECTION,
  periodRowsOf,
  projectionRefusal,
  projectionWindow,
  toLinkParams,
  toWhereParams,
  type InteractionFilter,
  type InteractionPairFacts,
  type PeriodMeasures,
  type ProjectionCapabilities,
} from '@actorgraph/graph';
import type { CypherQuery, CypherRegistry, QueryRunner } from '@actorgraph/neo4j';
import { ReusedAnswers } from '../../interaction-filter/reused-answers';
import { withTextHits } from '../../interaction-filter/where-params';
import type { DyadContext } from './dyad-context';

/** A dyad's interactions as series groups, with the directed counts both ways. */
export interface DyadPairFacts {
  /** source → target under the dyad's link modes, one group per projection relationship or interaction and mode. */
  readonly rows: PeriodMeasures[];
  readonly forwardDirected: number;
  readonly reverseDirected: number;
}

type ProjectionRow = PeriodMeasures & { forward: boolean; mode: string };

/** The projection restricted to one period level (a series must read relationships of its own granularity). */
const capabilities = (granularity: Granularity | null): ProjectionCapabilities => ({
  ...NETWORK_PROJECTION,
  periods: granularity === null ? NETWORK_PROJECTION.periods : [granularity],
});

/**
 * Reads one dyad's interactions: from the projection's year or month relationships when they answer the filter
 * exactly (kinds, datasets, a window of whole periods), else from the interactions the two actors initiated.
 */
export class DyadPairReader {
  private readonly years: CypherQuery;
  private readonly months: CypherQuery;
  private readonly interactions: CypherQuery;
  private readonly textHits: CypherQuery;
  private readonly version: CypherQuery;
  /**
   * Projection rows by network version: two hubs' relationships are found by walking one hub's (tens of thousands
   * at 1M interactions; no index finds a pair), so a dyad's rows are read once per version.
   */
  private readonly reused = new ReusedAnswers();

  constructor(registry: CypherRegistry) {
    this.years = registry.require('dyads/fields/pair-from-projection-years');
    this.months = registry.require('dyads/fields/pair-from-projection-months');
    this.interactions = registry.require('dyads/fields/pair-interactions');
    this.textHits = registry.require('interactions/text-hits');
    this.version = registry.require('network/version');
  }

  async read(
    run: QueryRunner,
    sourceId: string,
    targetId: string,
    context: DyadContext,
    granularity: Granularity | null,
  ): Promise<DyadPairFacts> {
    if (context.aggregate) return this.precomputed(context, granularity ?? Granularity.YEAR);
    const links = toLinkParams(context.links);
    const [row] = await run<{ version: number }>(this.version);
    const caps = capabilities(granularity);
    const window =
      (row?.version ?? 0) > 0 && !projectionRefusal(context.filter, { projection: caps, links: context.links })
        ? projectionWindow(context.filter, caps)
        : null;
    if (window) {
      const level = window.level === 'ALL' ? (granularity ?? Granularity.YEAR) : window.level;
      const open = level === Granularity.YEAR ? { from: '0000', to: '9999' } : { from: '0000-01', to: '9999-12' };
      const query = level === Granularity.YEAR ? this.years : this.months;
      const params = {
        sourceId,
        targetId,
        where: { kinds: context.filter.kinds, datasets: context.filter.datasets },
        links,
        window: window.level === 'ALL' ? open : { from: window.from, to: window.to },
      };
      const rows = await this.reused.get(`${row?.version ?? 0}`, `${query.name}\u0000${JSON.stringify(params)}`, () =>
        run<ProjectionRow>(query, params),
      );
      const directed = (forward: boolean) =>
        rows.filter((r) => r.forward === forward && r.mode === LinkMode.DIRECTED).reduce((n, r) => n + r.count, 0);
      return { rows: rows.filter((r) => r.forward), forwardDirected: directed(true), reverseDirected: directed(false) };
    }
    const where = await withTextHits(run, this.textHits, whereParams(context.filter));
    const facts = await run<InteractionPairFacts>(this.interactions, { sourceId, targetId, where, links });
    const dyads = aggregateDyads(facts);
    const forward = dyads.get(`${sourceId}\u0000${targetId}`);
    const reverse = dyads.get(`${targetId}\u0000${sourceId}`);
    return {
      rows: forward ? periodRowsOf(forward, granularity ?? Granularity.YEAR) : [],
      forwardDirected: directedCount(forward),
      reverseDirected: directedCount(reverse),
    };
  }

  private precomputed(context: DyadContext, granularity: Granularity): DyadPairFacts {
    const aggregate = context.aggregate;
    return {
      rows: aggregate ? periodRowsOf(aggregate, granularity) : [],
      forwardDirected: directedCount(aggregate),
      reverseDirected: directedCount(context.reverse),
    };
  }
}

/** The `$where` map of fragments/interaction-where for a checked filter (text hits filled later). */
export function whereParams(
  filter: InteractionFilter,
): ReturnType<typeof toWhereParams> & { textIds: string[] | null } {
  return { ...toWhereParams(filter), textIds: null };
}
