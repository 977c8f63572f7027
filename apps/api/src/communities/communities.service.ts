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
  ): Promise<CommunityPartition> {
    const partition = await this.network.communities(where, links);
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

  /** Actors by id, in the order given (one query for every community of a request, through its DataLoader). */
  actors(ids: readonly string[]): Promise<Actor[]> {
    return this.network.actors(ids);
  }
}
