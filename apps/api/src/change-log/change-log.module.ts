import { Module } from '@nestjs/common';
import { ChangeLogResolver } from './change-log.resolver';
import { ChangeLogService } from './change-log.service';
import { ChangeRecorder } from './change-recorder';

/** The `changes` query, and the recorder every curation mutation writes its change with. */
@Module({ providers: [ChangeLogResolver, ChangeLogService, ChangeRecorder], exports: [ChangeRecorder] })
export class ChangeLogModule {}
