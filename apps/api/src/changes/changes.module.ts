import { Module } from '@nestjs/common';
import { ChangesResolver } from './changes.resolver';
import { ChangesService } from './changes.service';
import { ChangeRecorder } from './change-recorder';

/** The `changes` query, and the recorder every curation mutation writes its change with. */
@Module({ providers: [ChangesResolver, ChangesService, ChangeRecorder], exports: [ChangeRecorder] })
export class ChangesModule {}
