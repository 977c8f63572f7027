import {
  applicableStrategies,
  explainPlan,
  NETWORK_PROJECTION,
  planQuery,
  QueryStrategy,
  STRATEGIES,
  toLinkParams,
  type InteractionFilter,
  type LinkParams,
  type LinkOptions,
  type PlannedField,
  type QueryPlan,
} from '@actorgraph/graph';
import type { CypherQuery, CypherRegistry, QueryRunner } from '@actorgraph/neo4j';
import { ReusedAnswers } from './reused-answers';
import { filterParams, withTextHits, type WhereParams } from './where-params';

/** A plan with the network version it was made under (0 before the projection is built). */
export type VersionedPlan = QueryPlan & { readonly networkVersion: number };

/** The parameters every planned statement takes: `$where`, `$links`, and the plan's `$anchor` and `$window`. */
export interface PlannedParams extends Record<string, unknown> {
  readonly where: WhereParams;
  readonly links: LinkParams | null;
  readonly anchor: unknown;
  readonly window: unknown;
}

/** The file of each strategy in a field's folder (`cypher/queries/dyads/by-dates.cypher`). */
const FILES: Record<QueryStrategy, string> = {
  PROJECTION: 'from-projection',
  ACTORS: 'by-actors',
  TEXT: 'by-text',
  DATES: 'by-dates',
  KINDS: 'by-kinds',
  SCAN: 'scan',
};

const LEVEL_SUFFIX = { ALL: '', YEAR: '-years', MONTH: '-months' } as const;

/**
 * One field's strategies (the planner's, STRATEGIES), each a Cypher file in the field's folder, required at start (a missing file fails
 * start-up): `folder/by-actors`, `folder/from-projection-years`… `files` renames a strategy's file where the
 * field reads it differently (counterparts start from their own actor: `by-actor`).
 */
export class PlannedQueries {
  private readonly queries = new Map<string, CypherQuery>();
  private readonly versionQuery: CypherQuery;
  private readonly textHitsQuery: CypherQuery;
  /** PROJECTION answers, reused while the network version is unchanged (reused-answers.ts). */
  readonly reused = new ReusedAnswers();

  constructor(
    registry: CypherRegistry,
    readonly field: PlannedField,
    folder: string,
    private readonly files: Partial<Record<QueryStrategy, string>> = {},
  ) {
    for (const strategy of STRATEGIES[field]) {
      const levels = strategy === QueryStrategy.PROJECTION ? Object.values(LEVEL_SUFFIX) : [''];
      for (const suffix of levels) {
        const name = `${folder}/${this.fileOf(strategy)}${suffix}`;
        this.queries.set(name.slice(folder.length + 1), registry.require(name));
      }
    }
    this.versionQuery = registry.require('network/version');
    this.textHitsQuery = registry.require('interactions/text-hits');
  }

  private fileOf(strategy: QueryStrategy): string {
    return this.files[strategy] ?? FILES[strategy];
  }

  /**
   * How to answer this filter: the planner's choice, offered the projection only once it has been built (its
   * version is above 0; before `cli network rebuild` after a bulk import it is not, and the scan answers).
   */
  async plan(
    run: QueryRunner,
    filter: InteractionFilter,
    links: LinkOptions | null,
    /** Answer with this strategy instead (the property tests compare them all); it must be exact for the filter. */
    forced?: QueryStrategy,
  ): Promise<VersionedPlan> {
    const [row] = await run<{ version: number }>(this.versionQuery);
    const networkVersion = row?.version ?? 0;
    const context = { projection: networkVersion > 0 ? NETWORK_PROJECTION : null, links };
    if (forced === undefined) return { ...planQuery(this.field, filter, context), networkVersion };
    if (!applicableStrategies(this.field, filter, context).includes(forced)) {
      throw new Error(`${this.field}: ${forced} does not answer this filter exactly`);
    }
    return { ...explainPlan(this.field, forced, filter, context), networkVersion };
  }

  /**
   * A request's plan (as {@link plan}) and the parameters of its statement, read in the caller's transaction:
   * `$where` with the full-text hits filled in when the filter has `text`, `$links` (null for a field without link
   * options), `$anchor` and `$window`.
   */
  async prepare(
    run: QueryRunner,
    filter: InteractionFilter,
    links: LinkOptions | null,
    forced?: QueryStrategy,
  ): Promise<{ plan: VersionedPlan; params: PlannedParams }> {
    const plan = await this.plan(run, filter, links, forced);
    const where = await withTextHits(run, this.textHitsQuery, filterParams(filter));
    return { plan, params: { where, links: links && toLinkParams(links), ...PlannedQueries.params(plan) } };
  }

  /**
   * Runs the plan's statement: a PROJECTION plan's answer is reused while the network version it was read under is
   * the current one (exact: every projection change increments the version in its own transaction); the other
   * strategies read interactions, which change without the version (a mention, a summary), and always run.
   */
  run<T>(run: QueryRunner, plan: VersionedPlan, params: Record<string, unknown>): Promise<T[]> {
    const query = this.query(plan);
    if (plan.strategy !== QueryStrategy.PROJECTION) return run<T>(query, params);
    const key = `${query.name}\u0000${JSON.stringify(params)}`;
    return this.reused.get(String(plan.networkVersion), key, () => run<T>(query, params));
  }

  /** The Cypher file of a plan. */
  query(plan: QueryPlan): CypherQuery {
    const suffix = plan.projection ? LEVEL_SUFFIX[plan.projection.level] : '';
    const query = this.queries.get(`${this.fileOf(plan.strategy)}${suffix}`);
    if (!query) throw new Error(`${this.field} has no ${plan.strategy} query`);
    return query;
  }

  /** The parameters a plan adds: `$anchor` (ACTORS) and `$window` (PROJECTION), null when not used. */
  static params(plan: QueryPlan): { anchor: unknown; window: unknown } {
    return { anchor: plan.anchor ?? null, window: plan.projection ?? null };
  }
}
