import { IngestModule } from '@actorgraph/ingest';
import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module';
import { LoadDatasetResolver } from './load-dataset.resolver';
import { LoadDatasetService } from './load-dataset.service';

@Module({ imports: [IngestModule, ChangesModule], providers: [LoadDatasetResolver, LoadDatasetService] })
export class LoadDatasetModule {}
