import {
  filterKeysUsed,
  QueryStrategy,
  resolveLinkOptions,
  toLinkParams,
  type InteractionFilter,
  type LinkOptions,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../../common/limits/limits';
import { toConnection, type Connection } from '../../common/pagination/connection';
import type { Interaction } from '../../graph-types/interaction.model';
import type { Relation } from '../../graph-types/relation.model';
import type { ActorRole } from './dto/actor-role.enum';
import type { ValidOn } from './dto/valid-on';
import { PlannedQueries } from '../../interaction-filter/planned-queries';
import { filterParams, withTextHits } from '../../interaction-filter/where-params';
import type { Counterpart } from './models/counterpart.model';

/** The most interactions `Actor.timeline` returns per actor. */
export const TIMELINE_LIMIT = MAX_PAGE_SIZE;

/**
 * The nested fields of `Actor`, each answered for a whole batch of actors by one query
 * (`cypher/queries/actors/fields/<field>.cypher`) and returned in the order of `actorIds`.
 */
@Injectable()
export class ActorFieldsService {
  private readonly interactionsQuery: CypherQuery;
  private readonly textHitsQuery: CypherQuery;
  readonly counterpartsQueries: PlannedQueries;
  private readonly relationsQuery: CypherQuery;
  private readonly timelineQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.interactionsQuery = neo4j.queries.require('actors/fields/interactions');
    this.textHitsQuery = neo4j.queries.require('interactions/text-hits');
    // cypher/queries/actors/fields/counterparts/: from-projection(-years|-months), by-actor.
    this.counterpartsQueries = new PlannedQueries(neo4j.queries, 'counterparts', 'actors/fields/counterparts', {
      ACTORS: 'by-actor',
    });
    this.relationsQuery = neo4j.queries.require('actors/fields/relations');
    this.timelineQuery = neo4j.queries.require('actors/fields/timeline');
  }

  async interactions(
    actorIds: readonly string[],
    role: ActorRole,
    filter: InteractionFilter,
    offset: number,
    first: number,
    withTotal = true,
  ): Promise<Connection<Interaction>[]> {
    // Without the total, one item more than the page tells whether another page follows.
    const rows = await this.perActor<{ totalCount: number; interactions: Interaction[] }>(
      'Actor.interactions',
      actorIds,
      async (run) => [
        this.interactionsQuery,
        {
          role,
          where: await this.where(run, filter),
          // A hub's latest page walks the date index only when nothing filters.
          unfiltered: filterKeysUsed(filter).length === 0,
          skip: int(offset),
          limit: int(withTotal ? first : first + 1),
          withTotal,
        },
      ],
    );
    return rows.map((row) => {
      const items = row?.interactions ?? [];
      return toConnection(items, offset, first, withTotal ? (row?.totalCount ?? 0) : offset + items.length);
    });
  }

  /**
   * Each actor's counterparts under the link options: from the projection when it answers the filter exactly,
   * else from the actor's own interactions (or by the strategy given: tests).
   */
  async counterparts(
    actorIds: readonly string[],
    filter: InteractionFilter,
    links: Partial<LinkOptions> | null,
    first: number,
    strategy?: QueryStrategy,
  ): Promise<Counterpart[][]> {
    const options = resolveLinkOptions(links);
    const rows = await this.perActor<{ counterparts: Counterpart[] }>('Actor.counterparts', actorIds, async (run) => {
      const plan = await this.counterpartsQueries.plan(run, filter, options, strategy);
      return [
        this.counterpartsQueries.query(plan),
        {
          where: await this.where(run, filter),
          links: toLinkParams(options),
          ...PlannedQueries.params(plan),
          limit: int(first),
        },
      ];
    });
    return rows.map((row) => row?.counterparts ?? []);
  }

  async relations(actorIds: readonly string[], types: string[], validOn: ValidOn): Promise<Relation[][]> {
    const rows = await this.perActor<{ relations: Relation[] }>('Actor.relations', actorIds, async () => [
      this.relationsQuery,
      { types, ...validOn },
    ]);
    return rows.map((row) => row?.relations ?? []);
  }

  async timeline(actorIds: readonly string[], filter: InteractionFilter): Promise<Interaction[][]> {
    const rows = await this.perActor<{ interactions: Interaction[] }>('Actor.timeline', actorIds, async (run) => [
      this.timelineQuery,
      { where: await this.where(run, filter), limit: int(TIMELINE_LIMIT) },
    ]);
    return rows.map((row) => row?.interactions ?? []);
  }

  /** The filter's `$where`, with the text hits filled in when it has `text`. */
  private where(run: QueryRunner, filter: InteractionFilter) {
    return withTextHits(run, this.textHitsQuery, filterParams(filter));
  }

  /**
   * Runs a per-actor query once for the batch, in one read transaction with whatever `prepare` reads first (the
   * plan, text hits), named for the first-run gate by its field; the rows, keyed back to `actorIds` order
   * (undefined when absent).
   */
  private async perActor<T>(
    field: string,
    actorIds: readonly string[],
    prepare: (run: QueryRunner) => Promise<[CypherQuery, Record<string, unknown>]>,
  ): Promise<(T | undefined)[]> {
    const rows = await this.neo4j.namedReadTransaction(field, async (run) => {
      const [query, params] = await prepare(run);
      return run<T & { actorId: string }>(query, { ...params, actorIds: [...actorIds] });
    });
    const byId = new Map(rows.map((row) => [row.actorId, row]));
    return actorIds.map((id) => byId.get(id));
  }
}
