import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { toConnection, type Connection } from '../common/pagination/connection';
import { InteractionOrder } from './dto/interaction-order.enum';
import type { WhereParams } from './dto/where-params';
import type { Interaction } from '../graph-types/interaction.model';

@Injectable()
export class InteractionsService {
  private readonly interactionQuery: CypherQuery;
  private readonly interactionsQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.interactionQuery = neo4j.queries.require('interactions/interaction');
    this.interactionsQuery = neo4j.queries.require('interactions/interactions');
  }

  async interaction(id: string): Promise<Interaction | null> {
    const [row] = await this.neo4j.read<{ interaction: Interaction }>(this.interactionQuery, { id });
    return row?.interaction ?? null;
  }

  async interactions(
    where: WhereParams,
    order: InteractionOrder,
    offset: number,
    first: number,
  ): Promise<Connection<Interaction>> {
    const [row] = await this.neo4j.read<{ totalCount: number; interactions: Interaction[] }>(this.interactionsQuery, {
      where,
      ascending: order === InteractionOrder.DATE_ASC,
      skip: int(offset),
      limit: int(first),
    });
    return toConnection(row?.interactions ?? [], offset, first, row?.totalCount ?? 0);
  }
}
