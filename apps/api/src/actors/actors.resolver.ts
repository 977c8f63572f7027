import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { offsetAfter } from '../common/pagination/cursor';
import { ActorsService } from './actors.service';
import { ActorWhere } from './dto/actor-where.input';
import { ActorConnection } from './models/actor-connection.model';
import { Actor } from './models/actor.model';

@Resolver(() => Actor)
export class ActorsResolver {
  constructor(private readonly actorsService: ActorsService) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  actor(
    @Args('id', { type: () => ID, description: 'The actor id, e.g. "person:volodymyr-zelenskyy".' }) id: string,
  ): Promise<Actor | null> {
    return this.actorsService.actor(id);
  }

  @Query(() => ActorConnection, { description: 'Actors, by name, a page at a time.' })
  actors(
    @Args('where', { type: () => ActorWhere, nullable: true, description: 'Which actors; all when absent.' })
    where: ActorWhere | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size: 1 to 500, 50 by default.' })
    first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from a previous page: start after it.',
    })
    after: string | null,
  ): Promise<ActorConnection> {
    return this.actorsService.actors(where, offsetAfter(after), pageSize(first));
  }
}
