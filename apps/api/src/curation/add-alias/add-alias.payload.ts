import { Field, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import { Change } from '../../changes/models/change.model';
import { WriteStatus } from '../models/write-status.enum';

@ObjectType({ description: 'What addAlias did.' })
export class AddAliasPayload {
  @Field(() => Actor, { description: 'The actor with its aliases as now stored.' })
  actor!: Actor;

  @Field(() => WriteStatus, { description: 'UPDATED, or UNCHANGED when the alias already named the actor.' })
  status!: WriteStatus;

  @Field(() => Change, { nullable: true, description: 'The change log entry; null when nothing changed.' })
  change!: Change | null;
}
