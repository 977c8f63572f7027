import { Module } from '@nestjs/common';
import { DyadsResolver } from './dyads.resolver';
import { DyadsService } from './dyads.service';

@Module({ providers: [DyadsResolver, DyadsService] })
export class DyadsModule {}
