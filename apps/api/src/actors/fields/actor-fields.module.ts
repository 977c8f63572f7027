import { Module } from '@nestjs/common';
import { ActorFieldsResolver } from './actor-fields.resolver';
import { ActorFieldsService } from './actor-fields.service';

/** `Actor`'s nested fields: interactions, counterparts, relations, timeline. */
@Module({ providers: [ActorFieldsResolver, ActorFieldsService] })
export class ActorFieldsModule {}
