import { AccessModule as KeysModule } from '@actorgraph/access';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RoleGuard } from './role.guard';

/** Checks every GraphQL root field against the caller's role; the keys themselves come from libs/access. */
@Module({ imports: [KeysModule], providers: [{ provide: APP_GUARD, useClass: RoleGuard }], exports: [KeysModule] })
export class AccessModule {}
