import { QueryStrategy, resolveLinkOptions, type InteractionFilter, type LinkOptions } from '@actorgraph/graph';
import { int, Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { PlannedQueries } from '../interaction-filter/planned-queries';
import type { Dyad } from './models/dyad.model';

@Injectable()
export class DyadsService {
  readonly dyadsQueries: PlannedQueries;

  constructor(private readonly neo4j: Neo4jService) {
    // cypher/queries/dyads/: from-projection(-years|-months), by-actors, by-text, by-dates, by-kinds, scan.
    this.dyadsQueries = new PlannedQueries(neo4j.queries, 'dyads', 'dyads');
  }

  /**
   * The most active pairs of the interactions matching `filter`, under the link options: from the projection when
   * it answers the filter exactly, else from the interactions (or by the strategy given: tests).
   */
  dyads(
    filter: InteractionFilter,
    links: Partial<LinkOptions> | null,
    first: number,
    strategy?: QueryStrategy,
  ): Promise<Dyad[]> {
    return this.neo4j.namedReadTransaction('dyads', async (run) => {
      const { plan, params } = await this.dyadsQueries.prepare(run, filter, resolveLinkOptions(links), strategy);
      return this.dyadsQueries.run<Dyad>(run, plan, { ...params, limit: int(first) });
    });
  }
}
