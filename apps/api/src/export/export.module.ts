import { AccessModule } from '@actorgraph/access';
import { ExportModule as ExportLibModule } from '@actorgraph/export';
import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';

/** GET /export/<format>: the graph in the formats network tools open. */
@Module({ imports: [ExportLibModule, AccessModule], controllers: [ExportController] })
export class ExportModule {}
