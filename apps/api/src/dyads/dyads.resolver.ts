import { AnalysisLevel, DyadOrder, resolveLinkOptions } from '@actorgraph/graph';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../interaction-filter/link-options.input';
import { toInteractionFilter } from '../interaction-filter/where-params';
import { DyadsService } from './dyads.service';
import { Dyad } from './models/dyad.model';
import { RankedDyadsService } from './ranked/ranked-dyads.service';

@Resolver(() => Dyad)
export class DyadsResolver {
  constructor(
    private readonly dyadsService: DyadsService,
    private readonly rankedDyads: RankedDyadsService,
  ) {}

  @Query(() => [Dyad], {
    description:
      'Who spoke to whom: pairs of actors linked by the matching interactions (initiator → target, and co-initiators ' +
      'of an interaction without target, lower id first; mentions when asked for), most active first ' +
      '(by count, then source id, then target id). Answered from the maintained network when the filter allows.',
  })
  async dyads(
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions to count; all when absent.',
    })
    where: InteractionWhere | null,
    @Args('links', LINKS_ARG) links: LinkOptionsInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many dyads: 1 to 500, 50 by default.' })
    first: number | null,
    @Args('orderBy', {
      type: () => DyadOrder,
      defaultValue: DyadOrder.COUNT,
      description: 'COUNT (most active first), CONFLICT or COOPERATION (most of it first; ties by count, then ids).',
    })
    orderBy: DyadOrder,
    @Args('level', {
      type: () => AnalysisLevel,
      defaultValue: AnalysisLevel.ACTOR,
      description: 'ACTOR, or STATE: each endpoint counted for its state at the date of each interaction.',
    })
    level: AnalysisLevel,
  ): Promise<Dyad[]> {
    const filter = toInteractionFilter(where);
    const context = { filter, links: resolveLinkOptions(links), level };
    if (orderBy !== DyadOrder.COUNT || level !== AnalysisLevel.ACTOR) {
      return this.rankedDyads.dyads(filter, context.links, pageSize(first), orderBy, level);
    }
    const dyads = await this.dyadsService.dyads(filter, links, pageSize(first));
    return dyads.map((dyad) => ({ ...dyad, context }));
  }
}
