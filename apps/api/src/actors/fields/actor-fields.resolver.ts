import { AnalysisLevel, RelationType, resolveLinkOptions } from '@actorgraph/graph';
import { Args, Context, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { pageSize } from '../../common/limits/limits';
import type { GraphQLContext } from '../../access/graphql-context';
import type { Connection } from '../../common/pagination/connection';
import { selectsSubfield } from '../../common/selection/selects-subfield';
import { PageArgs } from '../../common/pagination/page.args';
import { InteractionWhere } from '../../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../../interaction-filter/link-options.input';
import { toInteractionFilter } from '../../interaction-filter/where-params';
import { InteractionConnection } from '../../graph-types/interaction-connection.model';
import { Interaction } from '../../graph-types/interaction.model';
import { Relation } from '../../graph-types/relation.model';
import { Actor } from '../../graph-types/actor.model';
import { RankedDyadsService } from '../../dyads/ranked/ranked-dyads.service';
import { ActorFieldsService } from './actor-fields.service';
import { actorInteractionsParams } from './nested-interactions';
import { ActorRole } from './dto/actor-role.enum';
import { toValidOn } from './dto/valid-on';
import { Counterpart } from './models/counterpart.model';

const WHERE = {
  type: () => InteractionWhere,
  nullable: true,
  description: 'Which interactions to count in; all when absent.',
} as const;

/**
 * `Actor`'s nested fields. Each goes through the request's DataLoader for its arguments, so a list of
 * actors costs one query per field, however many actors it holds.
 */
@Resolver(() => Actor)
export class ActorFieldsResolver {
  constructor(
    private readonly service: ActorFieldsService,
    private readonly rankedDyads: RankedDyadsService,
  ) {}

  @ResolveField(() => InteractionConnection, {
    description: 'Interactions this actor took part in, in the given role, latest first (ties by id).',
  })
  interactions(
    @Parent() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('role', { type: () => ActorRole, defaultValue: ActorRole.ANY, description: 'The part the actor played.' })
    role: ActorRole,
    @Args('where', WHERE) where: InteractionWhere | null,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Interaction>> {
    // Counting all of a hub's interactions costs more than its page: only when asked for.
    const params = actorInteractionsParams(role, where, page, selectsSubfield(info, 'totalCount'));
    // `actor(id)` may have read this page already, in its own transaction (nested-interactions.ts).
    return this.service.interactionsLoader(context.loaders, params).load(actor.id);
  }

  @ResolveField(() => [Counterpart], {
    description:
      'The other actors this one is linked to by interactions (initiator and target either way, co-initiators of an ' +
      'interaction without target; mentions when asked for), most shared interactions first. Answered from the ' +
      'maintained network when the filter allows.',
  })
  counterparts(
    @Parent() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('where', WHERE) where: InteractionWhere | null,
    @Args('links', LINKS_ARG) links: LinkOptionsInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many: 1 to 500, 50 by default.' })
    first: number | null,
    @Args('level', {
      type: () => AnalysisLevel,
      defaultValue: AnalysisLevel.ACTOR,
      description:
        "ACTOR, or STATE: this actor's links in the state-level network (each endpoint counted for its state at the " +
        'date of each interaction, docs/state-level.md); ask a state, or an actor that counts for none.',
    })
    level: AnalysisLevel,
  ): Promise<Counterpart[]> {
    const params = { filter: toInteractionFilter(where), links, first: pageSize(first) };
    if (level === AnalysisLevel.STATE) {
      return this.rankedDyads.stateCounterparts(actor.id, params.filter, resolveLinkOptions(links), params.first);
    }
    return context.loaders
      .get<string, Counterpart[]>('Actor.counterparts', params, (ids) =>
        this.service.counterparts(ids, params.filter, params.links, params.first),
      )
      .load(actor.id);
  }

  @ResolveField(() => [Relation], {
    description: 'Standing relations this actor is the subject or the object of, by type.',
  })
  relations(
    @Parent() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('types', { type: () => [RelationType], nullable: true, description: 'Only these types; all when absent.' })
    types: RelationType[] | null,
    @Args('at', {
      type: () => String,
      nullable: true,
      description:
        'Only relations valid on this ISO date (2022, 2022-08 or 2022-08-15): holding on any of its days. ' +
        'A relation without from or to is open on that side.',
    })
    at: string | null,
  ): Promise<Relation[]> {
    const params = { types: types?.length ? types : Object.values(RelationType), validOn: toValidOn(at) };
    return context.loaders
      .get<string, Relation[]>('Actor.relations', params, (ids) =>
        this.service.relations(ids, params.types, params.validOn),
      )
      .load(actor.id);
  }

  @ResolveField(() => [Interaction], {
    description: 'Every interaction this actor took part in (any role, mentions included), oldest first; at most 500.',
  })
  timeline(
    @Parent() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('where', WHERE) where: InteractionWhere | null,
  ): Promise<Interaction[]> {
    const params = { filter: toInteractionFilter(where) };
    return context.loaders
      .get<string, Interaction[]>('Actor.timeline', params, (ids) => this.service.timeline(ids, params.filter))
      .load(actor.id);
  }
}
