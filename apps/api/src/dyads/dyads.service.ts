import {
  QueryStrategy,
  resolveLinkOptions,
  toLinkParams,
  type InteractionFilter,
  type LinkOptions,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { PlannedQueries } from '../interaction-filter/planned-queries';
import { filterParams, withTextHits } from '../interaction-filter/where-params';
import type { Dyad } from './models/dyad.model';

@Injectable()
export class DyadsService {
  private readonly textHitsQuery: CypherQuery;
  readonly dyadsQueries: PlannedQueries;

  constructor(private readonly neo4j: Neo4jService) {
    this.textHitsQuery = neo4j.queries.require('interactions/text-hits');
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
    const options = resolveLinkOptions(links);
    return this.neo4j.namedReadTransaction('dyads', async (run) => {
      const plan = await this.dyadsQueries.plan(run, filter, options, strategy);
      return this.dyadsQueries.run<Dyad>(run, plan, {
        where: await withTextHits(run, this.textHitsQuery, filterParams(filter)),
        links: toLinkParams(options),
        ...PlannedQueries.params(plan),
        limit: int(first),
      });
    });
  }
}
