import { InteractionKind, LinkMode } from '@actorgraph/graph';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import '../../../interaction-filter/link-options.input';
import { Actor } from '../../../graph-types/actor.model';

@ObjectType({
  description:
    'Another actor this one is linked to: one initiated an interaction directed at the other (either way), the two ' +
    'initiated one without target together, or (when asked for) one initiated one mentioning the other.',
})
export class Counterpart {
  @Field(() => Actor, { description: 'The other actor.' })
  actor!: Actor;

  @Field(() => Int, {
    description: 'How many interactions link the two (matching the filter); one linking them in two ways counts twice.',
  })
  count!: number;

  @Field(() => [InteractionKind], { description: 'The kinds of those interactions, alphabetically.' })
  kinds!: InteractionKind[];

  @Field(() => [LinkMode], { description: 'How they are linked (DIRECTED, CO_PARTICIPATION, MENTION), sorted.' })
  modes!: LinkMode[];

  @Field(() => String, { description: 'Date of the earliest shared interaction, at its precision (2022-08).' })
  first!: string;

  @Field(() => String, { description: 'Date of the latest shared interaction, at its precision (2025-08-10).' })
  last!: string;
}
