import { COMPUTATION_LIMITS } from '@actorgraph/graph';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { fieldCost } from '../cost/field-cost';
import { NETWORK_COMPUTATION_COST } from '../network-computations/network-computation-cost';
import { CentralityService } from './centrality.service';
import { CentralityArgs } from './dto/centrality-args';
import { CentralityMetric } from './dto/centrality-metric.enum';
import { CentralityScore } from './models/centrality-score.model';
import { MAX_CENTRALITY_WINDOWS, centralityWindows, windowedComputations } from './windows/centrality-windows';
import { WindowedCentralityService } from './windows/windowed-centrality.service';

@Resolver(() => CentralityScore)
export class CentralityResolver {
  constructor(
    private readonly centralityService: CentralityService,
    private readonly windowed: WindowedCentralityService,
  ) {}

  @Query(() => [CentralityScore], {
    description:
      'The most central actors of the who-spoke-to-whom network (docs/network.md: directed links initiator → target ' +
      'actor, co-participations both ways, mentions when asked), each link weighted by its matching interactions; best ' +
      "first, ties by name. Computed with graphology-metrics' algorithms in a worker thread over the whole matching " +
      'network and reused until the data changes. A network too large for the metric is refused before anything runs ' +
      `(LIMIT_EXCEEDED naming where, with a hint): more than ${COMPUTATION_LIMITS.maxLinks} links, or an expected ` +
      `${COMPUTATION_LIMITS.maxMs / 1000} s of work. With \`window\`, one ranking per whole month or year as well ` +
      `(each actor's \`windows\`; at most ${MAX_CENTRALITY_WINDOWS} windows, each charged as one computation).`,
    complexity: fieldCost({
      base: (args) =>
        (NETWORK_COMPUTATION_COST[String(args['metric'])] ?? NETWORK_COMPUTATION_COST['BETWEENNESS']!) *
        windowedComputations(args),
      items: { argument: 'first', default: 50, max: 500 },
    }),
  })
  centrality(
    @Args('metric', { type: () => CentralityMetric, description: 'Which centrality to rank by.' })
    metric: CentralityMetric,
    @Args() { where = null, links = null, window, level }: CentralityArgs,
    @Args('first', { type: () => Int, nullable: true, description: 'How many actors: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<CentralityScore[]> {
    if (window) {
      const windows = centralityWindows(window, where);
      return this.windowed.centrality(metric, where, links, windows, pageSize(first), level);
    }
    return this.centralityService.centrality(metric, where, links, pageSize(first), level);
  }
}
