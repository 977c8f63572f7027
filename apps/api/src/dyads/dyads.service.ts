import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { WhereParams } from '../interactions/dto/where-params';
import type { Dyad } from './models/dyad.model';

@Injectable()
export class DyadsService {
  private readonly dyadsQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.dyadsQuery = neo4j.queries.require('dyads');
  }

  /** The most active initiator → target pairs of the interactions matching `where`. */
  dyads(where: WhereParams, first: number): Promise<Dyad[]> {
    return this.neo4j.read<Dyad>(this.dyadsQuery, { where, limit: int(first) });
  }
}
