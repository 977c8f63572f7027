import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module';
import { InteractionRecordedResolver } from './interaction-recorded.resolver';
import { InteractionRecordedService } from './interaction-recorded.service';

/** The `interactionRecorded` subscription, fed by the change feed. */
@Module({ imports: [ChangesModule], providers: [InteractionRecordedResolver, InteractionRecordedService] })
export class InteractionRecordedModule {}
