import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ActorRefsInterceptor } from './actor-refs.interceptor';
import { ActorRefsService } from './actor-refs.service';

/** Every actor argument of the API accepts an id, a name or an alias (actor-refs.interceptor.ts). */
@Module({
  providers: [ActorRefsService, { provide: APP_INTERCEPTOR, useClass: ActorRefsInterceptor }],
  exports: [ActorRefsService],
})
export class ActorRefsModule {}
