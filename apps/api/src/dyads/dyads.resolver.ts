import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { InteractionWhere } from '../interactions/dto/interaction-where.input';
import { toWhereParams } from '../interactions/dto/where-params';
import { DyadsService } from './dyads.service';
import { Dyad } from './models/dyad.model';

@Resolver(() => Dyad)
export class DyadsResolver {
  constructor(private readonly dyadsService: DyadsService) {}

  @Query(() => [Dyad], {
    description:
      'Who spoke to whom: initiator → target pairs of the matching interactions, most active first ' +
      '(by count, then source id, then target id).',
  })
  dyads(
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions to count; all when absent.',
    })
    where: InteractionWhere | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many dyads: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<Dyad[]> {
    return this.dyadsService.dyads(toWhereParams(where), pageSize(first));
  }
}
