import { RelationType, resolveLinkOptions, type InteractionFilter, type LinkOptions } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { filterParams, withTextHits } from '../interaction-filter/where-params';
import type { Path } from './models/path.model';

@Injectable()
export class PathsService {
  private readonly queries: CypherQueries<'paths' | 'textHits'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({ paths: 'paths', textHits: 'interactions/text-hits' });
  }

  /** The shortest paths between two actors or places; NOT_FOUND naming `fromId` or `toId` when one is unknown. */
  async paths(
    fromId: string,
    toId: string,
    maxHops: number,
    filter: InteractionFilter,
    links: Partial<LinkOptions> | null,
    limit: number,
  ): Promise<Path[]> {
    const [row] = await this.neo4j.namedReadTransaction('paths', async (run) =>
      run<{ fromFound: boolean; toFound: boolean; paths: Path[] }>(this.queries.paths, {
        fromId,
        toId,
        maxHops: int(maxHops),
        where: await withTextHits(run, this.queries.textHits, filterParams(filter)),
        links: resolveLinkOptions(links),
        relationTypes: Object.values(RelationType),
        limit: int(limit),
      }),
    );
    if (!row?.fromFound) throw notFound('fromId', fromId);
    if (!row.toFound) throw notFound('toId', toId);
    return row.paths;
  }
}

function notFound(argument: string, id: string): ApiError {
  return new ApiError(ApiErrorCode.NOT_FOUND, `${argument}: no actor or place "${id}"`, argument);
}
