import { AnalysisLevel, type TimeWindow } from '@actorgraph/graph';
import { Injectable } from '@nestjs/common';
import type { InteractionWhere } from '../../interaction-filter/interaction-where.input';
import type { LinkOptionsInput } from '../../interaction-filter/link-options.input';
import { NetworkComputationsService } from '../../network-computations/network-computations.service';
import type { CentralityMetric } from '../dto/centrality-metric.enum';
import type { CentralityScore } from '../models/centrality-score.model';
import type { WindowScore } from './window-score.model';

/**
 * Centrality per time window: the `first` most central actors over the whole range, each with its score in every
 * window. Each window is an ordinary centrality over `where` narrowed to that whole month or year (so the
 * projection answers it and the ranking is cached per window, filter, link options and network version, and
 * computed in the worker like any other); the windows not cached yet share one read of the projection.
 */
@Injectable()
export class WindowedCentralityService {
  constructor(private readonly network: NetworkComputationsService) {}

  async centrality(
    metric: CentralityMetric,
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    windows: readonly TimeWindow[],
    first: number,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CentralityScore[]> {
    const within = (from: string, to: string) => ({ ...(where ?? {}), from, to }) as InteractionWhere;
    const whole = within(windows[0]!.period, windows[windows.length - 1]!.period);
    const [overall, ...perWindow] = await this.network.centralityPerWindow(
      metric,
      [whole, ...windows.map((window) => within(window.period, window.period))],
      links,
      level,
    );
    const page = overall!.top(first);
    const ids = new Set(page.map((r) => r.id));
    const byWindow = perWindow.map((ranking) => ranking.find(ids));
    const actors = new Map((await this.network.actors(page.map((r) => r.id))).map((actor) => [actor.id, actor]));
    return page.flatMap(({ id, score, rank }) => {
      const actor = actors.get(id);
      if (!actor) return [];
      const scores: WindowScore[] = windows.map((window, k) => {
        const inWindow = byWindow[k]!.get(id);
        return {
          period: window.period,
          from: window.from,
          to: window.to,
          score: inWindow?.score ?? 0,
          rank: inWindow?.rank ?? null,
        };
      });
      const approximate = [overall!, ...perWindow].some((r) => r.plan.method === 'sampled');
      return [{ actor, score, rank, approximate, windows: scores }];
    });
  }
}
