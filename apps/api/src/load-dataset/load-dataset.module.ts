import { IngestModule } from '@actorgraph/ingest';
import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { LoadDatasetResolver } from './load-dataset.resolver';
import { LoadDatasetService } from './load-dataset.service';

@Module({ imports: [IngestModule, ChangeLogModule], providers: [LoadDatasetResolver, LoadDatasetService] })
export class LoadDatasetModule {}
