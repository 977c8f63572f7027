import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Change } from '../../changes/models/change.model';

@ObjectType({ description: 'What deleteInteraction did.' })
export class DeleteInteractionPayload {
  @Field(() => ID, { description: 'The id of the deleted interaction.' })
  id!: string;

  @Field(() => Int, {
    description: 'Links deleted with it: participants, place and evidence (the actors and sources stay).',
  })
  deletedLinks!: number;

  @Field(() => Change, { description: 'The change log entry.' })
  change!: Change;
}
