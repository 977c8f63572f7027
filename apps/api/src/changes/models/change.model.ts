import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChangeOperation } from './change-operation.enum';

@ObjectType({ description: 'One write a curator made: who, when, what, and with which input.' })
export class Change {
  @Field(() => ID, { description: 'Stable id of the change, "change:<uuid>".' })
  id!: string;

  @Field(() => String, { description: 'When the write was committed: an ISO 8601 instant (UTC).' })
  at!: string;

  @Field(() => String, { description: 'The id of the API key that made it, or "anonymous" without one.' })
  by!: string;

  @Field(() => String, { nullable: true, description: "The API key's name, when there was a key." })
  byName!: string | null;

  @Field(() => ChangeOperation, { description: 'Which mutation made it.' })
  operation!: ChangeOperation;

  @Field(() => [ID], { description: 'The ids written: the actor, interaction or relation (both actors for a merge).' })
  targetIds!: string[];

  @Field(() => String, { description: "The mutation's arguments as a JSON string." })
  input!: string;
}
