import { RelationType } from '@actorgraph/graph';
import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Stats } from './models/stats.model';

@Injectable()
export class StatsService {
  private readonly statsQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.statsQuery = neo4j.queries.require('stats');
  }

  async stats(): Promise<Stats> {
    const [row] = await this.neo4j.read<Stats>(this.statsQuery, { relationTypes: Object.values(RelationType) });
    return row as Stats;
  }
}
