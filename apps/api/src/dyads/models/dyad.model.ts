import { InteractionKind, LinkMode } from '@actorgraph/graph';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import '../../interaction-filter/link-options.input';

@ObjectType({
  description:
    'Who spoke to whom: the interactions linking one actor to another, summed up. Directed links go from initiator ' +
    'to target; a co-participation (two initiators, no target) goes from the lower id to the higher.',
})
export class Dyad {
  @Field(() => Actor, { description: 'The initiator (of a co-participation: the one with the lower id).' })
  source!: Actor;

  @Field(() => Actor, { description: 'The actor the interactions were directed at (or the other co-initiator).' })
  target!: Actor;

  @Field(() => Int, {
    description:
      'How many interactions (matching the filter) link source to target; one that links them in two ways ' +
      '(directed and mentioned) counts once per way.',
  })
  count!: number;

  @Field(() => [InteractionKind], { description: 'The kinds of those interactions, each once, sorted.' })
  kinds!: InteractionKind[];

  @Field(() => [LinkMode], { description: 'How they link the two (DIRECTED, CO_PARTICIPATION, MENTION), sorted.' })
  modes!: LinkMode[];

  @Field(() => String, { description: 'The date of the earliest of them, as precise as known (2025-08-10, 2025-08).' })
  first!: string;

  @Field(() => String, { description: 'The date of the one that began last, as precise as known.' })
  last!: string;
}
