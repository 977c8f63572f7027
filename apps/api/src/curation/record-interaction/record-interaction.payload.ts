import { Field, ObjectType } from '@nestjs/graphql';
import { Change } from '../../changes/models/change.model';
import { Interaction } from '../../graph-types/interaction.model';
import { WriteStatus } from '../models/write-status.enum';

@ObjectType({ description: 'What recordInteraction did.' })
export class RecordInteractionPayload {
  @Field(() => Interaction, { description: 'The interaction as now stored, with its participants and evidence.' })
  interaction!: Interaction;

  @Field(() => WriteStatus, { description: 'Created, updated, or unchanged (already stored exactly so).' })
  status!: WriteStatus;

  @Field(() => Change, { nullable: true, description: 'The change log entry; null when nothing changed.' })
  change!: Change | null;
}
