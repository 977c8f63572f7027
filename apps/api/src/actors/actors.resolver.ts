import { Args, Context, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../access/graphql-context';
import { PageArgs, pageOf } from '../common/pagination/page.args';
import { ActorsService } from './actors.service';
import { ActorFieldsService } from './fields/actor-fields.service';
import { nestedInteractions } from './fields/nested-interactions';
import { ActorWhere } from './dto/actor-where.input';
import { ActorConnection } from './models/actor-connection.model';
import { Actor } from '../graph-types/actor.model';

@Resolver(() => Actor)
export class ActorsResolver {
  constructor(
    private readonly actorsService: ActorsService,
    private readonly actorFields: ActorFieldsService,
  ) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  actor(
    @Args('id', { type: () => ID, description: 'The actor id, e.g. "person:volodymyr-zelenskyy".' }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphQLContext,
  ): Promise<Actor | null> {
    // The actor with its interactions (the usual first look at an actor): one transaction, not one per field.
    const interactions = nestedInteractions(info);
    if (interactions) return this.actorFields.actorWithInteractions(id, interactions, context.loaders);
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
