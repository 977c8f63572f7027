import { AnalysisLevel, type TimeWindow } from '@actorgraph/graph';
import type { CommunityPartition as ComputedPartition } from '@actorgraph/network';
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
    return page(await this.network.communities(where, links, level), first);
  }

  /**
   * communities(window): the whole range's partition, and each window's as communities(where: { from, to }) of that
   * whole month or year (projection-answered, cached per window, filter, link options and network version; the
   * windows not cached yet share one read of the projection).
   */
  async windowed(
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    windows: readonly TimeWindow[],
    first: number,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CommunityPartition> {
    const within = (from: string, to: string) => ({ ...(where ?? {}), from, to }) as InteractionWhere;
    const [whole, ...perWindow] = (
      await this.network.communitiesPerWindow(
        [
          within(windows[0]!.period, windows[windows.length - 1]!.period),
          ...windows.map((window) => within(window.period, window.period)),
        ],
        links,
        level,
      )
    ).map((partition) => page(partition, first));
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

/** A partition as the API answers it: its sizes, and its `first` communities. */
function page(partition: ComputedPartition, first: number): CommunityPartition {
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
