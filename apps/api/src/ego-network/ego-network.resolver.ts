import { Args, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { checkRange, EGO_EDGE_SAMPLE, EGO_EDGES_PER_NODE, MAX_EGO_HOPS, pageSize } from '../common/limits/limits';
import { selectsSubfield } from '../common/selection/selects-subfield';
import { Graph } from '../graph-types/graph.model';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../interaction-filter/link-options.input';
import { toInteractionFilter } from '../interaction-filter/where-params';
import { EGO_FANOUT_PER_NODE, EGO_LINK_BUDGET, EgoNetworkService } from './ego-network.service';

@Resolver(() => Graph)
export class EgoNetworkResolver {
  constructor(private readonly egoNetworkService: EgoNetworkService) {}

  @Query(() => Graph, {
    description:
      'The actors and places within `hops` of an actor, as nodes and edges for a visualizer: linked by matching ' +
      'interactions under the network pair rule (docs/network.md: initiator → target actor or place; co-initiators ' +
      'of an event without target; mentions when `links` asks) and by standing relations valid in the date window. ' +
      'When the who-spoke-to-whom projection answers `where` exactly (kinds, datasets, whole years or months), ' +
      `neighbours and edge weights are exact (a hop through more than ${EGO_LINK_BUDGET} of its links reads that ` +
      'many); else they come from a bounded, deterministic sample of interactions: ' +
      `each node widened through at most ${EGO_FANOUT_PER_NODE} × \`limit\` interactions, edges read from each ` +
      `kept actor's first ${EGO_EDGE_SAMPLE} matching interactions. Either way at most \`limit\` nodes, ` +
      `${EGO_FANOUT_PER_NODE} × \`limit\` relations per node and ${EGO_EDGES_PER_NODE} × \`limit\` edges (the ` +
      'heaviest, then by id), the same answer each time, `truncated: true` when a bound cut anything. NOT_FOUND ' +
      'when the actor does not exist.',
  })
  egoNetwork(
    @Args('actorId', { type: () => ID, description: 'The actor at the centre, e.g. "person:kassym-jomart-tokayev".' })
    actorId: string,
    @Args('hops', {
      type: () => Int,
      defaultValue: 1,
      description: `How far from the centre: 1 to ${MAX_EGO_HOPS} steps (an interaction or a relation each).`,
    })
    hops: number,
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description:
        'Which interactions connect actors; all when absent. Its date window (`from`, `to`) also keeps only ' +
        'the standing relations valid in it.',
    })
    where: InteractionWhere | null,
    @Args('limit', {
      type: () => Int,
      nullable: true,
      description:
        'The most nodes: 1 to 500, 50 by default. The centre is kept, then the nearest, then those in most ' +
        'interactions overall, then by id; widening stops once `limit` nodes are reached.',
    })
    limit: number | null,
    @Args('links', LINKS_ARG) links: LinkOptionsInput | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Graph> {
    return this.egoNetworkService.egoNetwork(
      actorId,
      checkRange('hops', hops, 1, MAX_EGO_HOPS),
      toInteractionFilter(where),
      links,
      pageSize(limit, 'limit'),
      // What the projection does not keep is read only for a client that asks for it.
      {
        edgeDetails: selectsSubfield(info, ['edges', 'interactionIds']),
      },
    );
  }
}
