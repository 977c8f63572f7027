import { Module } from '@nestjs/common';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';
import { ActorFieldsModule } from './fields/actor-fields.module';

@Module({ imports: [ActorFieldsModule], providers: [ActorsResolver, ActorsService], exports: [ActorsService] })
export class ActorsModule {}
