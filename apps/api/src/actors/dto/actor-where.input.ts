import { ActorKind, RecognitionStatus } from '@actorgraph/graph';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Which actors to include; every field narrows the result.' })
export class ActorWhere {
  @Field(() => [ActorKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: ActorKind[];

  @Field(() => String, {
    nullable: true,
    description: 'Name or an alias contains this text (case and accents ignored).',
  })
  nameContains?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => RecognitionStatus, {
    nullable: true,
    description: 'States with this recognition status (DISPUTED for quasi-states).',
  })
  recognition?: RecognitionStatus;
}
