import {
  filterKeysUsed,
  QueryStrategy,
  resolveLinkOptions,
  type InteractionFilter,
  type LinkOptions,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../../common/limits/limits';
import { toConnection, type Connection } from '../../common/pagination/connection';
import type { Actor } from '../../graph-types/actor.model';
import type { Interaction } from '../../graph-types/interaction.model';
import type { RequestLoaders } from '../../common/loaders/request-loaders';
import type DataLoader from 'dataloader';
import type { Relation } from '../../graph-types/relation.model';
import type { ActorRole } from './dto/actor-role.enum';
import type { ValidOn } from './dto/valid-on';
import { PlannedQueries } from '../../interaction-filter/planned-queries';
import { filterParams, withTextHits } from '../../interaction-filter/where-params';
import type { Counterpart } from './models/counterpart.model';
import type { ActorInteractionsParams } from './nested-interactions';

type InteractionsRow = { actor: Actor; totalCount: number; interactions: Interaction[] };

/** The most interactions `Actor.timeline` returns per actor. */
export const TIMELINE_LIMIT = MAX_PAGE_SIZE;

/**
 * The nested fields of `Actor`, each answered for a whole batch of actors by one query
 * (`cypher/queries/actors/fields/<field>.cypher`) and returned in the order of `actorIds`.
 */
@Injectable()
export class ActorFieldsService {
  private readonly queries: CypherQueries<'interactions' | 'actor' | 'textHits' | 'relations' | 'timeline'>;
  readonly counterpartsQueries: PlannedQueries;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      interactions: 'actors/fields/interactions',
      actor: 'actors/actor',
      textHits: 'interactions/text-hits',
      relations: 'actors/fields/relations',
      timeline: 'actors/fields/timeline',
    });
    // cypher/queries/actors/fields/counterparts/: from-projection(-years|-months), by-actor.
    this.counterpartsQueries = new PlannedQueries(neo4j.queries, 'counterparts', 'actors/fields/counterparts', {
      ACTORS: 'by-actor',
    });
  }

  async interactions(
    actorIds: readonly string[],
    role: ActorRole,
    filter: InteractionFilter,
    offset: number,
    first: number,
    withTotal = true,
  ): Promise<Connection<Interaction>[]> {
    const params = { role, filter, offset, first, withTotal };
    const rows = await this.perActor<InteractionsRow>('Actor.interactions', actorIds, (run) =>
      this.interactionsStatement(run, params),
    );
    return rows.map((row) => this.toInteractionsPage(row, params));
  }

  /** The request's DataLoader of `Actor.interactions` for these params (one query per request and params). */
  interactionsLoader(
    loaders: RequestLoaders,
    params: ActorInteractionsParams,
  ): DataLoader<string, Connection<Interaction>> {
    return loaders.get<string, Connection<Interaction>>('Actor.interactions', params, (ids) =>
      this.interactions(ids, params.role, params.filter, params.offset, params.first, params.withTotal),
    );
  }

  /**
   * `actor(id) { interactions(…) }` in one read transaction: the page's statement also returns the actor, which
   * primes the request's `Actor.interactions` loader so the nested field reads nothing more. Only when it returns
   * no row (a merged actor's old id, an actor with no matching interaction, no such actor) is the actor looked up.
   * Null when unknown.
   */
  actorWithInteractions(id: string, params: ActorInteractionsParams, loaders: RequestLoaders): Promise<Actor | null> {
    return this.neo4j.namedReadTransaction('actor+interactions', async (run) => {
      const [query, queryParams] = await this.interactionsStatement(run, params);
      const page = async (actorId: string) => {
        const [row] = await run<InteractionsRow>(query, { ...queryParams, actorIds: [actorId] });
        this.interactionsLoader(loaders, params).prime(actorId, this.toInteractionsPage(row, params));
        return row?.actor ?? null;
      };
      const own = await page(id);
      if (own) return own;
      const [found] = await run<{ actor: Actor }>(this.queries.actor, { id });
      if (!found) return null;
      if (found.actor.id !== id) await page(found.actor.id);
      return found.actor;
    });
  }

  private async interactionsStatement(
    run: QueryRunner,
    { role, filter, offset, first, withTotal }: ActorInteractionsParams,
  ): Promise<[CypherQuery, Record<string, unknown>]> {
    // Without the total, one item more than the page tells whether another page follows.
    return [
      this.queries.interactions,
      {
        role,
        where: await this.where(run, filter),
        // A hub's latest page walks the date index only when nothing filters.
        unfiltered: filterKeysUsed(filter).length === 0,
        skip: int(offset),
        limit: int(withTotal ? first : first + 1),
        withTotal,
      },
    ];
  }

  private toInteractionsPage(
    row: InteractionsRow | undefined,
    { offset, first, withTotal }: ActorInteractionsParams,
  ): Connection<Interaction> {
    const items = row?.interactions ?? [];
    return toConnection(items, offset, first, withTotal ? (row?.totalCount ?? 0) : offset + items.length);
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
    const rows = await this.neo4j.namedReadTransaction('Actor.counterparts', async (run) => {
      const { plan, params } = await this.counterpartsQueries.prepare(run, filter, resolveLinkOptions(links), strategy);
      return this.counterpartsQueries.run<{ actorId: string; counterparts: Counterpart[] }>(run, plan, {
        ...params,
        limit: int(first),
        actorIds: [...actorIds],
      });
    });
    const byId = new Map(rows.map((row) => [row.actorId, row.counterparts]));
    return actorIds.map((id) => byId.get(id) ?? []);
  }

  async relations(actorIds: readonly string[], types: string[], validOn: ValidOn): Promise<Relation[][]> {
    const rows = await this.perActor<{ relations: Relation[] }>('Actor.relations', actorIds, async () => [
      this.queries.relations,
      { types, ...validOn },
    ]);
    return rows.map((row) => row?.relations ?? []);
  }

  async timeline(actorIds: readonly string[], filter: InteractionFilter): Promise<Interaction[][]> {
    const rows = await this.perActor<{ interactions: Interaction[] }>('Actor.timeline', actorIds, async (run) => [
      this.queries.timeline,
      { where: await this.where(run, filter), limit: int(TIMELINE_LIMIT) },
    ]);
    return rows.map((row) => row?.interactions ?? []);
  }

  /** The filter's `$where`, with the text hits filled in when it has `text`. */
  private where(run: QueryRunner, filter: InteractionFilter) {
    return withTextHits(run, this.queries.textHits, filterParams(filter));
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
