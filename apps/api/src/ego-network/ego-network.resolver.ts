import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { checkRange, MAX_EGO_HOPS, pageSize } from '../common/limits/limits';
import { Graph } from '../graph-types/graph.model';
import { InteractionWhere } from '../interactions/dto/interaction-where.input';
import { toWhereParams } from '../interactions/dto/where-params';
import { EGO_EDGE_SAMPLE, EGO_FANOUT_PER_NODE, EgoNetworkService } from './ego-network.service';

@Resolver(() => Graph)
export class EgoNetworkResolver {
  constructor(private readonly egoNetworkService: EgoNetworkService) {}

  @Query(() => Graph, {
    description:
      'The actors and places within `hops` of an actor, over who spoke to whom (in either direction) and standing ' +
      'relations, as nodes and edges for a visualizer. Around a busy actor it is a bounded, deterministic sample ' +
      '(the same answer each time): each node is widened through at most ' +
      `${EGO_FANOUT_PER_NODE} × \`limit\` interactions and relations, and edges are read from each kept node's ` +
      `first ${EGO_EDGE_SAMPLE} matching interactions. NOT_FOUND when the actor does not exist.`,
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
      description: 'Which interactions connect actors; all when absent. Standing relations are not filtered.',
    })
    where: InteractionWhere | null,
    @Args('limit', {
      type: () => Int,
      nullable: true,
      description:
        'The most nodes: 1 to 500, 50 by default. The centre is kept, then the nearest, then those in most ' +
        'interactions overall, then by id; widening stops once `limit` nodes are reached. Edges are sampled too, ' +
        'so around a busy actor a kept node may be drawn without the edge that reached it.',
    })
    limit: number | null,
  ): Promise<Graph> {
    return this.egoNetworkService.egoNetwork(
      actorId,
      checkRange('hops', hops, 1, MAX_EGO_HOPS),
      toWhereParams(where),
      pageSize(limit, 'limit'),
    );
  }
}
