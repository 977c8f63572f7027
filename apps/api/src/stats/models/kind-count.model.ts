import { InteractionKind } from '@actorgraph/graph';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many interactions of one kind the graph holds.' })
export class KindCount {
  @Field(() => InteractionKind, { description: 'The interaction kind.' })
  kind!: InteractionKind;

  @Field(() => Int, { description: 'Number of interactions of this kind.' })
  count!: number;
}
