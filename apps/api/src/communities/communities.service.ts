import { AnalysisLevel, type TimeWindow } from '@actorgraph/graph';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../graph-types/actor.model';
import type { InteractionWhere } from '../interaction-filter/interaction-where.input';
import type { LinkOptionsInput } from '../interaction-filter/link-options.input';
import { NetworkComputationsService } from '../network-computations/network-computations.service';
import type { CommunityPartition } from './models/community-partition.model';

@Injectable()
export class CommunitiesService {
  constructor(private readonly network: NetworkComputationsService) {}

  /** The Louvain partition of the matching network (computed once per network version), its `first` communities. */
  async communities(
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    first: number,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CommunityPartition> {
    const partition = await this.network.communities(where, links, level);
    return {
      actorCount: partition.size.nodes,
      linkCount: partition.size.links,
      communityCount: partition.communities.length,
      modularity: partition.modularity,
      communities: partition.communities.slice(0, first).map((community, i) => ({
        number: i + 1,
        size: community.members.length,
        memberIds: [...community.members],
        internalWeight: community.internalWeight,
        externalWeight: community.externalWeight,
      })),
    };
  }

  /**
   * communities(window): the whole range's partition, and each window's as communities(where: { from, to }) of that
   * whole month or year (projection-answered, cached per window, filter, link options and network version).
   */
  async windowed(
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    windows: readonly TimeWindow[],
    first: number,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CommunityPartition> {
    const within = (from: string, to: string) => ({ ...(where ?? {}), from, to }) as InteractionWhere;
    const [whole, ...perWindow] = await Promise.all([
      this.communities(within(windows[0]!.period, windows[windows.length - 1]!.period), links, first, level),
      ...windows.map((window) => this.communities(within(window.period, window.period), links, first, level)),
    ]);
    return {
      ...whole!,
      windows: windows.map((window, k) => ({
        period: window.period,
        from: window.from,
        to: window.to,
        partition: perWindow[k]!,
      })),
    };
  }

  /** Actors by id, in the order given (one query for every community of a request, through its DataLoader). */
  actors(ids: readonly string[]): Promise<Actor[]> {
    return this.network.actors(ids);
  }
}
