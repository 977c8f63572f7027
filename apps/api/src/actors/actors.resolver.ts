import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, pageOf } from '../common/pagination/page.args';
import { ActorsService } from './actors.service';
import { ActorWhere } from './dto/actor-where.input';
import { ActorConnection } from './models/actor-connection.model';
import { Actor } from '../graph-types/actor.model';

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
    @Args() page: PageArgs,
  ): Promise<ActorConnection> {
    const { offset, first } = pageOf(page);
    return this.actorsService.actors(where, offset, first);
  }
}
