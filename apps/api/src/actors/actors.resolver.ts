import { Args, Context, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../access/graphql-context';
import { PageArgs, pageOf } from '../common/pagination/page.args';
import { ActorsService } from './actors.service';
import { ActorRefsService } from '../actor-refs/actor-refs.service';
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
    private readonly refs: ActorRefsService,
  ) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  async actor(
    @Args('id', { type: () => ID, description: 'The actor id, e.g. "person:volodymyr-zelenskyy".' }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphQLContext,
  ): Promise<Actor | null> {
    // The actor with its interactions (the usual first look at an actor): one transaction, not one per field.
    const interactions = nestedInteractions(info);
    const find = (actorId: string) =>
      interactions
        ? this.actorFields.actorWithInteractions(actorId, interactions, context.loaders)
        : this.actorsService.actor(actorId);
    // An id (or a merged actor's old one) is found by the actor's own read; only a miss is looked up as a name or
    // alias, so the usual request reads no name index. An unknown reference answers null.
    const found = await find(id);
    if (found) return found;
    const named = await this.refs.resolveIfKnown({ argument: 'id', reference: id });
    return named && named !== id ? find(named) : null;
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
