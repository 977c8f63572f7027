import { Module } from '@nestjs/common';
import { DyadsResolver } from './dyads.resolver';
import { DyadsService } from './dyads.service';
import { DyadFieldsResolver } from './fields/dyad-fields.resolver';
import { DyadFieldsService } from './fields/dyad-fields.service';
import { RankedDyadsService } from './ranked/ranked-dyads.service';

@Module({ providers: [DyadsResolver, DyadsService, RankedDyadsService, DyadFieldsResolver, DyadFieldsService] })
export class DyadsModule {}
