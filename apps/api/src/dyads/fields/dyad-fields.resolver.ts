import { AnalysisLevel, Granularity, NO_INTERACTION_FILTER, resolveLinkOptions } from '@actorgraph/graph';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { fieldCost } from '../../cost/field-cost';
import { Balance } from '../../graph-types/balance.model';
import { SeriesPoint } from '../../graph-types/series-point.model';
import { Dyad } from '../models/dyad.model';
import type { DyadContext, ListedDyad } from './dyad-context';
import { DyadFieldsService } from './dyad-fields.service';
import { Reciprocity } from './models/reciprocity.model';

/** A dyad listed without a context (none today) is read with no filter and default links. */
const contextOf = (dyad: ListedDyad): DyadContext =>
  dyad.context ?? { filter: NO_INTERACTION_FILTER, links: resolveLinkOptions(null), level: AnalysisLevel.ACTOR };

@Resolver(() => Dyad)
export class DyadFieldsResolver {
  constructor(private readonly service: DyadFieldsService) {}

  @ResolveField(() => [SeriesPoint], {
    description:
      "The dyad's interactions (under the filter, links and level of the `dyads` call) per month or year: one point " +
      "per period of the filter's window — of the dyad's first to last period when the filter has no dates — with " +
      'zeros for quiet periods; counts per kind and per quad class. At most 1,200 periods.',
    complexity: fieldCost({ base: 50, items: 120 }),
  })
  series(
    @Parent() dyad: Dyad,
    @Args('granularity', {
      type: () => Granularity,
      defaultValue: Granularity.YEAR,
      description: 'One row per MONTH or per YEAR (quiet periods inside the window as zeros).',
    })
    granularity: Granularity,
  ): Promise<SeriesPoint[]> {
    // byKind's kinds are InteractionKind values: they come from stored interactions.
    return this.service.series(dyad.source.id, dyad.target.id, contextOf(dyad), granularity) as Promise<SeriesPoint[]>;
  }

  @ResolveField(() => Balance, {
    description: "Cooperation against conflict over the dyad's interactions (per quad class, mean Goldstein score).",
    complexity: fieldCost({ base: 20 }),
  })
  balance(@Parent() dyad: Dyad): Promise<Balance> {
    return this.service.balance(dyad.source.id, dyad.target.id, contextOf(dyad));
  }

  @ResolveField(() => Reciprocity, {
    description: "The reverse direction's count under the same filter and each side's share of the initiatives.",
    complexity: fieldCost({ base: 20 }),
  })
  reciprocity(@Parent() dyad: Dyad): Promise<Reciprocity> {
    return this.service.reciprocity(dyad.source.id, dyad.target.id, contextOf(dyad));
  }
}
