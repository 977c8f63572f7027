import {
  betweennessCentrality,
  degreeCentrality,
  pageRank,
  rankScores,
  type CentralityScores,
  type WeightedEdge,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../graph-types/actor.model';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { WhereParams } from '../interactions/dto/where-params';
import { CentralityMetric } from './dto/centrality-metric.enum';
import type { CentralityScore } from './models/centrality-score.model';

/**
 * The most directed dyads one centrality request ranks. The network is held and computed in the API
 * process, and betweenness costs O(actors × dyads): beyond this a request would block the server for seconds.
 */
export const MAX_CENTRALITY_EDGES = 10_000;

function compute(metric: CentralityMetric, edges: WeightedEdge[]): CentralityScores {
  switch (metric) {
    case CentralityMetric.DEGREE:
      return degreeCentrality(edges);
    case CentralityMetric.PAGERANK:
      return pageRank(edges);
    case CentralityMetric.BETWEENNESS:
      return betweennessCentrality(edges);
    default: {
      const unreachable: never = metric;
      throw new Error(`unknown centrality metric ${String(unreachable)}`);
    }
  }
}

@Injectable()
export class CentralityService {
  private readonly centralityQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.centralityQuery = neo4j.queries.require('centrality');
  }

  async centrality(metric: CentralityMetric, where: WhereParams, first: number): Promise<CentralityScore[]> {
    const rows = await this.neo4j.read<{ source: Actor; target: Actor; weight: number }>(this.centralityQuery, {
      where,
      limit: int(MAX_CENTRALITY_EDGES + 1),
    });
    if (rows.length > MAX_CENTRALITY_EDGES) {
      throw new ApiError(
        ApiErrorCode.LIMIT_EXCEEDED,
        `where matches more than ${MAX_CENTRALITY_EDGES} who-spoke-to-whom dyads; narrow it (by dates, kinds or datasets)`,
        'where',
      );
    }
    const actors = new Map<string, Actor>();
    for (const { source, target } of rows) actors.set(source.id, source).set(target.id, target);
    const edges = rows.map((row) => ({ source: row.source.id, target: row.target.id, weight: row.weight }));
    const byName = (a: string, b: string) =>
      actors.get(a)!.name.localeCompare(actors.get(b)!.name) || (a < b ? -1 : a > b ? 1 : 0);
    return rankScores(compute(metric, edges), first, byName).map(({ id, score, rank }) => ({
      actor: actors.get(id)!,
      score,
      rank,
    }));
  }
}
