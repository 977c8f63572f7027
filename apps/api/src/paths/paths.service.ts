import { RelationType } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { WhereParams } from '../interactions/dto/where-params';
import type { Path } from './models/path.model';

@Injectable()
export class PathsService {
  private readonly pathsQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.pathsQuery = neo4j.queries.require('paths');
  }

  /** The shortest paths between two actors or places; NOT_FOUND naming `fromId` or `toId` when one is unknown. */
  async paths(fromId: string, toId: string, maxHops: number, where: WhereParams, limit: number): Promise<Path[]> {
    const [row] = await this.neo4j.read<{ fromFound: boolean; toFound: boolean; paths: Path[] }>(this.pathsQuery, {
      fromId,
      toId,
      maxHops: int(maxHops),
      where,
      relationTypes: Object.values(RelationType),
      limit: int(limit),
    });
    if (!row?.fromFound) throw notFound('fromId', fromId);
    if (!row.toFound) throw notFound('toId', toId);
    return row.paths;
  }
}

function notFound(argument: string, id: string): ApiError {
  return new ApiError(ApiErrorCode.NOT_FOUND, `${argument}: no actor or place "${id}"`, argument);
}
