import { Module } from '@nestjs/common';
import { ActorRefsModule } from '../actor-refs/actor-refs.module';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';
import { ActorFieldsModule } from './fields/actor-fields.module';

@Module({
  imports: [ActorFieldsModule, ActorRefsModule],
  providers: [ActorsResolver, ActorsService],
  exports: [ActorsService],
})
export class ActorsModule {}
