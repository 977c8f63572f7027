import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { offsetAfter } from '../common/pagination/cursor';
import { InteractionOrder } from './dto/interaction-order.enum';
import { InteractionWhere } from './dto/interaction-where.input';
import { toWhereParams } from './dto/where-params';
import { InteractionsService } from './interactions.service';
import { InteractionConnection } from './models/interaction-connection.model';
import { Interaction } from './models/interaction.model';

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
    @Args('first', { type: () => Int, nullable: true, description: 'Page size: 1 to 500, 50 by default.' })
    first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from a previous page: start after it.',
    })
    after: string | null,
  ): Promise<InteractionConnection> {
    return this.interactionsService.interactions(toWhereParams(where), orderBy, offsetAfter(after), pageSize(first));
  }
}
