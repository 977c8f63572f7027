import { QueryStrategy, type InteractionFilter } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { toConnection, type Connection } from '../common/pagination/connection';
import type { Interaction } from '../graph-types/interaction.model';
import { PlannedQueries } from '../interaction-filter/planned-queries';
import { InteractionOrder } from './dto/interaction-order.enum';

@Injectable()
export class InteractionsService {
  private readonly queries: CypherQueries<'interaction'>;
  readonly interactionsQueries: PlannedQueries;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      interaction: 'interactions/interaction',
    });
    this.interactionsQueries = new PlannedQueries(neo4j.queries, 'interactions', 'interactions');
  }

  async interaction(id: string): Promise<Interaction | null> {
    const [row] = await this.neo4j.read<{ interaction: Interaction }>(this.queries.interaction, { id });
    return row?.interaction ?? null;
  }

  /** A page of the interactions matching `filter`, answered by the planner's strategy (or the one given: tests). */
  async interactions(
    filter: InteractionFilter,
    order: InteractionOrder,
    offset: number,
    first: number,
    strategy?: QueryStrategy,
  ): Promise<Connection<Interaction>> {
    const [row] = await this.neo4j.namedReadTransaction('interactions', async (run) => {
      const { plan, params } = await this.interactionsQueries.prepare(run, filter, null, strategy);
      return run<{ totalCount: number; interactions: Interaction[] }>(this.interactionsQueries.query(plan), {
        ...params,
        ascending: order === InteractionOrder.DATE_ASC,
        skip: int(offset),
        limit: int(first),
      });
    });
    return toConnection(row?.interactions ?? [], offset, first, row?.totalCount ?? 0);
  }
}
