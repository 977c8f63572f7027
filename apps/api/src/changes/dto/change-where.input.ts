import { Field, ID, InputType } from '@nestjs/graphql';
import { ChangeOperation } from '../models/change-operation.enum';

@InputType({ description: 'Which changes to list; every field narrows the result.' })
export class ChangeWhere {
  @Field(() => ChangeOperation, { nullable: true, description: 'Only changes made by this mutation.' })
  operation?: ChangeOperation;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes made with this API key id ("anonymous" for none).',
  })
  by?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes at or after this ISO 8601 date or instant, e.g. "2025-08-10" or "2025-08-10T12:00:00Z".',
  })
  since?: string;

  @Field(() => String, { nullable: true, description: 'Only changes at or before this ISO 8601 date or instant.' })
  until?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only changes that wrote this id (an actor, interaction or relation).',
  })
  targetId?: string;

  @Field(() => ID, { nullable: true, description: "Only the batches of this bulk load or import (a change's loadId)." })
  loadId?: string;
}
