import { Module } from '@nestjs/common';
import { ActorFieldsResolver } from './actor-fields.resolver';
import { ActorFieldsService } from './actor-fields.service';
import { ActivityResolver } from './activity/activity.resolver';
import { ActivityService } from './activity/activity.service';
import { RankedDyadsService } from '../../dyads/ranked/ranked-dyads.service';

/** `Actor`'s nested fields: interactions, counterparts, relations, timeline, activity. */
@Module({
  providers: [ActorFieldsResolver, ActorFieldsService, ActivityResolver, ActivityService, RankedDyadsService],
  exports: [ActorFieldsService],
})
export class ActorFieldsModule {}
