import { InteractionKind } from '@actorgraph/graph';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../../graph-types/actor.model';

@ObjectType({
  description:
    'Another actor this one interacted with: one of them initiated an interaction directed at the other, either way.',
})
export class Counterpart {
  @Field(() => Actor, { description: 'The other actor.' })
  actor!: Actor;

  @Field(() => Int, { description: 'How many interactions the two share (matching the filter).' })
  count!: number;

  @Field(() => [InteractionKind], { description: 'The kinds of those interactions, alphabetically.' })
  kinds!: InteractionKind[];

  @Field(() => String, { description: 'Date of the earliest shared interaction, at its precision (2022-08).' })
  first!: string;

  @Field(() => String, { description: 'Date of the latest shared interaction, at its precision (2025-08-10).' })
  last!: string;
}
