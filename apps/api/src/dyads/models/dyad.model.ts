import { InteractionKind } from '@actorgraph/graph';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';

@ObjectType({ description: 'Who spoke to whom: the interactions one actor initiated towards another, summed up.' })
export class Dyad {
  @Field(() => Actor, { description: 'The initiator.' })
  source!: Actor;

  @Field(() => Actor, { description: 'The actor the interactions were directed at.' })
  target!: Actor;

  @Field(() => Int, { description: 'How many interactions (matching the filter) went from source to target.' })
  count!: number;

  @Field(() => [InteractionKind], { description: 'The kinds of those interactions, each once, sorted.' })
  kinds!: InteractionKind[];

  @Field(() => String, { description: 'The date of the earliest of them, as precise as known (2025-08-10, 2025-08).' })
  first!: string;

  @Field(() => String, { description: 'The date of the one that began last, as precise as known.' })
  last!: string;
}
