import { ChangeLogModule } from '@actorgraph/change-log';
import { Module } from '@nestjs/common';
import { ChangesResolver } from './changes.resolver';
import { ChangesService } from './changes.service';

/** The `changes` query, and the recorder (libs/change-log) every write records its change with. */
@Module({ imports: [ChangeLogModule], providers: [ChangesResolver, ChangesService], exports: [ChangeLogModule] })
export class ChangesModule {}
