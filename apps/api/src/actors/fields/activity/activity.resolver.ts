import { Granularity } from '@actorgraph/graph';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { fieldCost } from '../../../cost/field-cost';
import { Actor } from '../../../graph-types/actor.model';
import { SeriesPoint } from '../../../graph-types/series-point.model';
import { InteractionWhere } from '../../../interaction-filter/interaction-where.input';
import { toInteractionFilter } from '../../../interaction-filter/where-params';
import { ActorRole } from '../dto/actor-role.enum';
import { ActivityService } from './activity.service';

@Resolver(() => Actor)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @ResolveField(() => [SeriesPoint], {
    description:
      "The actor's interactions (in the given role, mentions included for ANY) per month or year: one point per " +
      "period of the filter's window — of its first to last period when the filter has no dates — with zeros for " +
      'quiet periods; counts per kind and per quad class. Each interaction once, however many parts the actor played.',
    complexity: fieldCost({ base: 100, items: 120 }),
  })
  activity(
    @Parent() actor: Actor,
    @Args('granularity', {
      type: () => Granularity,
      defaultValue: Granularity.YEAR,
      description: 'One row per MONTH or per YEAR (quiet periods inside the window as zeros).',
    })
    granularity: Granularity,
    @Args('role', { type: () => ActorRole, defaultValue: ActorRole.ANY, description: 'The part the actor played.' })
    role: ActorRole,
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions to count; all when absent. Its from/to set the window.',
    })
    where: InteractionWhere | null,
  ): Promise<SeriesPoint[]> {
    return this.service.activity(actor.id, role, toInteractionFilter(where), granularity) as Promise<SeriesPoint[]>;
  }
}
