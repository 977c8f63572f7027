import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../../common/limits/limits';
import { toConnection, type Connection } from '../../common/pagination/connection';
import type { WhereParams } from '../../interactions/dto/where-params';
import type { Interaction } from '../../graph-types/interaction.model';
import type { Relation } from '../../graph-types/relation.model';
import type { ActorRole } from './dto/actor-role.enum';
import type { ValidOn } from './dto/valid-on';
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
  private readonly counterpartsQuery: CypherQuery;
  private readonly relationsQuery: CypherQuery;
  private readonly timelineQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.interactionsQuery = neo4j.queries.require('actors/fields/interactions');
    this.counterpartsQuery = neo4j.queries.require('actors/fields/counterparts');
    this.relationsQuery = neo4j.queries.require('actors/fields/relations');
    this.timelineQuery = neo4j.queries.require('actors/fields/timeline');
  }

  async interactions(
    actorIds: readonly string[],
    role: ActorRole,
    where: WhereParams,
    offset: number,
    first: number,
    withTotal = true,
  ): Promise<Connection<Interaction>[]> {
    // Without the total, one item more than the page tells whether another page follows.
    const rows = await this.perActor<{ totalCount: number; interactions: Interaction[] }>(
      this.interactionsQuery,
      actorIds,
      { role, where, skip: int(offset), limit: int(withTotal ? first : first + 1), withTotal },
    );
    return rows.map((row) => {
      const items = row?.interactions ?? [];
      return toConnection(items, offset, first, withTotal ? (row?.totalCount ?? 0) : offset + items.length);
    });
  }

  async counterparts(actorIds: readonly string[], where: WhereParams, first: number): Promise<Counterpart[][]> {
    const rows = await this.perActor<{ counterparts: Counterpart[] }>(this.counterpartsQuery, actorIds, {
      where,
      limit: int(first),
    });
    return rows.map((row) => row?.counterparts ?? []);
  }

  async relations(actorIds: readonly string[], types: string[], validOn: ValidOn): Promise<Relation[][]> {
    const rows = await this.perActor<{ relations: Relation[] }>(this.relationsQuery, actorIds, { types, ...validOn });
    return rows.map((row) => row?.relations ?? []);
  }

  async timeline(actorIds: readonly string[], where: WhereParams): Promise<Interaction[][]> {
    const rows = await this.perActor<{ interactions: Interaction[] }>(this.timelineQuery, actorIds, {
      where,
      limit: int(TIMELINE_LIMIT),
    });
    return rows.map((row) => row?.interactions ?? []);
  }

  /** Runs a per-actor query once for the batch; the rows, keyed back to `actorIds` order (undefined when absent). */
  private async perActor<T>(
    query: CypherQuery,
    actorIds: readonly string[],
    params: Record<string, unknown>,
  ): Promise<(T | undefined)[]> {
    const rows = await this.neo4j.read<T & { actorId: string }>(query, { ...params, actorIds: [...actorIds] });
    const byId = new Map(rows.map((row) => [row.actorId, row]));
    return actorIds.map((id) => byId.get(id));
  }
}
