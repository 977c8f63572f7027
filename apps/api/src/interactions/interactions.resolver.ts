import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, pageOf } from '../common/pagination/page.args';
import { InteractionOrder } from './dto/interaction-order.enum';
import { InteractionsService } from './interactions.service';
import { InteractionConnection } from '../graph-types/interaction-connection.model';
import { Interaction } from '../graph-types/interaction.model';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { toInteractionFilter } from '../interaction-filter/where-params';

@Resolver(() => Interaction)
export class InteractionsResolver {
  constructor(private readonly interactionsService: InteractionsService) {}

  @Query(() => Interaction, { nullable: true, description: 'One interaction by id; null when there is none.' })
  interaction(
    @Args('id', { type: () => ID, description: 'The interaction id.' }) id: string,
  ): Promise<Interaction | null> {
    return this.interactionsService.interaction(id);
  }

  @Query(() => InteractionConnection, {
    description: 'Interactions matching a filter, latest first unless told otherwise.',
  })
  interactions(
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions; all when absent.',
    })
    where: InteractionWhere | null,
    @Args('orderBy', {
      type: () => InteractionOrder,
      defaultValue: InteractionOrder.DATE_DESC,
      description: 'Order by date.',
    })
    orderBy: InteractionOrder,
    @Args() page: PageArgs,
  ): Promise<InteractionConnection> {
    const { offset, first } = pageOf(page);
    return this.interactionsService.interactions(toInteractionFilter(where), orderBy, offset, first);
  }
}
