import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChangeOperation } from './change-operation.enum';

@ObjectType({
  description:
    'One committed write (a curation mutation, or one batch of a load or import): who, when, what, with which input.',
})
export class Change {
  @Field(() => ID, { description: 'Stable id of the change, "change:<uuid>"; a subscription resumes after it.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Its place in commit order: a later change committed later (null on entries older than the numbering).',
  })
  seq!: number | null;

  @Field(() => String, { description: 'When the write was committed: an ISO 8601 instant (UTC).' })
  at!: string;

  @Field(() => String, { description: 'The id of the API key that made it, or "anonymous" without one.' })
  by!: string;

  @Field(() => String, { nullable: true, description: "The API key's name, when there was a key." })
  byName!: string | null;

  @Field(() => ChangeOperation, { description: 'Which mutation made it.' })
  operation!: ChangeOperation;

  @Field(() => [ID], {
    description:
      'Every id written: the actor, interaction or relation (both actors for a merge); a load batch: the ids of that batch.',
  })
  targetIds!: string[];

  @Field(() => Int, { nullable: true, description: 'How many ids were written (targetIds has them all).' })
  targetCount!: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A bulk load or import: the id its batches share (list them with changes(where: { loadId })).',
  })
  loadId!: string | null;

  @Field(() => Int, { nullable: true, description: "A bulk load's batch number, from 1." })
  part!: number | null;

  @Field(() => String, { description: "The mutation's arguments as a JSON string." })
  input!: string;
}
