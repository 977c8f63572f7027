import { Field, ObjectType } from '@nestjs/graphql';
import { Change } from '../../changes/models/change.model';
import { Interaction } from '../../graph-types/interaction.model';

@ObjectType({
  description:
    'The interactions one committed write created or changed that match the subscription: one event per write ' +
    '(a recordInteraction, or one batch of a load or import), never one per record.',
})
export class InteractionRecorded {
  @Field(() => Change, { description: 'The change-log entry of the write; resume after its id.' })
  change!: Change;

  @Field(() => [Interaction], { description: 'The matching interactions it wrote, by id.' })
  interactions!: Interaction[];
}
