import { RelationType } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { Graph } from '../graph-types/graph.model';
import type { WhereParams } from '../interactions/dto/where-params';

/**
 * How many interactions a node is widened through (per `limit` node asked for), and read for its edges: a hub
 * costs a bounded sample, not all its interactions. The seed's busiest actors stay far below both.
 */
export const EGO_FANOUT_PER_NODE = 2;
export const EGO_EDGE_SAMPLE = 50;

@Injectable()
export class EgoNetworkService {
  private readonly egoNetworkQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.egoNetworkQuery = neo4j.queries.require('ego-network');
  }

  /** The network around an actor; NOT_FOUND (naming `actorId`) when there is no such actor. */
  async egoNetwork(actorId: string, hops: number, where: WhereParams, limit: number): Promise<Graph> {
    const [row] = await this.neo4j.read<Graph>(this.egoNetworkQuery, {
      actorId,
      hops: int(hops),
      where,
      relationTypes: Object.values(RelationType),
      limit: int(limit),
      fanout: int(EGO_FANOUT_PER_NODE * limit),
      edgeSample: int(EGO_EDGE_SAMPLE),
    });
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `actorId: no actor "${actorId}"`, 'actorId');
    return row;
  }
}
