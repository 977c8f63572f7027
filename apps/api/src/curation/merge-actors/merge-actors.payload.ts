import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import { Change } from '../../changes/models/change.model';

@ObjectType({ description: 'What mergeActors did.' })
export class MergeActorsPayload {
  @Field(() => Actor, { description: "The kept actor, with the merged actor's names among its aliases." })
  actor!: Actor;

  @Field(() => Int, { description: 'Relationships (interactions, relations, aliases of earlier merges) moved over.' })
  movedRelationships!: number;

  @Field(() => Int, {
    description: 'Relationships not moved because the kept actor already had the same one (evidence was combined).',
  })
  duplicateRelationships!: number;

  @Field(() => Int, {
    description: 'Relationships between the two actors, dropped: they would join the actor to itself.',
  })
  droppedRelationships!: number;

  @Field(() => Change, { description: 'The change log entry.' })
  change!: Change;
}
