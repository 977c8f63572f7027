import { Field, ObjectType } from '@nestjs/graphql';
import { Change } from '../../changes/models/change.model';
import { Relation } from '../../graph-types/relation.model';
import { WriteStatus } from '../models/write-status.enum';

@ObjectType({ description: 'What upsertRelation did.' })
export class UpsertRelationPayload {
  @Field(() => Relation, { description: 'The relation as now stored.' })
  relation!: Relation;

  @Field(() => WriteStatus, { description: 'Created, updated, or unchanged (already stored exactly so).' })
  status!: WriteStatus;

  @Field(() => Change, { nullable: true, description: 'The change log entry; null when nothing changed.' })
  change!: Change | null;
}
