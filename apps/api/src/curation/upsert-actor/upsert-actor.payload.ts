import { Field, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import { Change } from '../../changes/models/change.model';
import { WriteStatus } from '../models/write-status.enum';

@ObjectType({ description: 'What upsertActor did.' })
export class UpsertActorPayload {
  @Field(() => Actor, { description: 'The actor as now stored.' })
  actor!: Actor;

  @Field(() => WriteStatus, { description: 'Created, updated, or unchanged (already stored exactly so).' })
  status!: WriteStatus;

  @Field(() => Change, { nullable: true, description: 'The change log entry; null when nothing changed.' })
  change!: Change | null;
}
