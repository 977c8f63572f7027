import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/graphql-context';
import { pageSize } from '../common/limits/limits';
import { fieldCost } from '../cost/field-cost';
import { Actor } from '../graph-types/actor.model';
import { NETWORK_COMPUTATION_COST } from '../network-computations/network-computation-cost';
import {
  MAX_CENTRALITY_WINDOWS,
  centralityWindows,
  windowedComputations,
} from '../centrality/windows/centrality-windows';
import { CommunitiesService } from './communities.service';
import { CommunitiesArgs } from './dto/communities-args';
import { Community } from './models/community.model';
import { CommunityPartition } from './models/community-partition.model';

@Resolver(() => Community)
export class CommunitiesResolver {
  constructor(private readonly communitiesService: CommunitiesService) {}

  @Query(() => CommunityPartition, {
    description:
      'Communities of the who-spoke-to-whom network: Louvain modularity optimisation (graphology) over the matching ' +
      'network made undirected (every link between two actors, either way and of any mode, summed), with a seeded ' +
      'visiting order so the same data always gives the same partition. Computed in a worker thread and reused until ' +
      'the data changes; a network too large is refused before anything runs (LIMIT_EXCEEDED naming where). ' +
      `With \`window\`, also the partition of each whole month or year (\`windows\`; at most ${MAX_CENTRALITY_WINDOWS}, ` +
      'each charged as one computation).',
    complexity: fieldCost({ base: (args) => NETWORK_COMPUTATION_COST['COMMUNITIES']! * windowedComputations(args) }),
  })
  communities(
    @Args() { where = null, links = null, window, level }: CommunitiesArgs,
    @Args('first', { type: () => Int, nullable: true, description: 'How many communities: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<CommunityPartition> {
    if (window) {
      return this.communitiesService.windowed(where, links, centralityWindows(window, where), pageSize(first), level);
    }
    return this.communitiesService.communities(where, links, pageSize(first), level);
  }

  @ResolveField(() => [Actor], {
    description: 'The members, in id order: the first `first` of them (all ids are in `memberIds`).',
    complexity: fieldCost({ items: { argument: 'first', default: 50, max: 500 } }),
  })
  members(
    @Parent() community: Community,
    @Context() context: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, description: 'How many members: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<Actor[]> {
    const ids = community.memberIds.slice(0, pageSize(first));
    return context.loaders
      .get<string, Actor | null>('communities.members', null, async (keys) => {
        const byId = new Map((await this.communitiesService.actors(keys)).map((actor) => [actor.id, actor]));
        return keys.map((id) => byId.get(id) ?? null);
      })
      .loadMany(ids)
      .then((actors) => actors.filter((actor): actor is Actor => actor !== null && !(actor instanceof Error)));
  }
}
