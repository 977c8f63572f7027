import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { InteractionWhere } from '../interactions/dto/interaction-where.input';
import { toWhereParams } from '../interactions/dto/where-params';
import { CentralityService, MAX_CENTRALITY_EDGES } from './centrality.service';
import { CentralityMetric } from './dto/centrality-metric.enum';
import { CentralityScore } from './models/centrality-score.model';

@Resolver(() => CentralityScore)
export class CentralityResolver {
  constructor(private readonly centralityService: CentralityService) {}

  @Query(() => [CentralityScore], {
    description:
      'The most central actors of the who-spoke-to-whom network: one directed dyad per initiator → target actor, ' +
      `weighted by how many matching interactions it carries; best first. Computed over at most ${MAX_CENTRALITY_EDGES} dyads ` +
      '(a wider network is refused with LIMIT_EXCEEDED: ranking happens in the API, and betweenness grows with ' +
      'actors × dyads, so a larger network would hold the server for seconds); narrow it with `where`.',
  })
  centrality(
    @Args('metric', { type: () => CentralityMetric, description: 'Which centrality to rank by.' })
    metric: CentralityMetric,
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions make up the network; all when absent.',
    })
    where: InteractionWhere | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many actors: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<CentralityScore[]> {
    return this.centralityService.centrality(metric, toWhereParams(where), pageSize(first));
  }
}
