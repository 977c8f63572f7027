import { AnalysisLevel } from '@actorgraph/graph';
import { Injectable } from '@nestjs/common';
import type { InteractionWhere } from '../interaction-filter/interaction-where.input';
import type { LinkOptionsInput } from '../interaction-filter/link-options.input';
import { NetworkComputationsService } from '../network-computations/network-computations.service';
import type { CentralityMetric } from './dto/centrality-metric.enum';
import type { CentralityScore } from './models/centrality-score.model';

@Injectable()
export class CentralityService {
  constructor(private readonly network: NetworkComputationsService) {}

  /**
   * The `first` most central actors: the whole network is ranked once per network version, filter and link
   * options (libs/network NetworkComputations), then the page's actors are looked up.
   */
  async centrality(
    metric: CentralityMetric,
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    first: number,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CentralityScore[]> {
    const ranking = await this.network.centrality(metric, where, links, level);
    const page = ranking.top(first);
    const actors = new Map((await this.network.actors(page.map((r) => r.id))).map((actor) => [actor.id, actor]));
    const approximate = ranking.plan.method === 'sampled';
    return page.flatMap(({ id, score, rank }) => {
      const actor = actors.get(id);
      return actor ? [{ actor, score, rank, approximate }] : [];
    });
  }
}
