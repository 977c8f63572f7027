import { IngestModule } from '@actorgraph/ingest';
import { Module } from '@nestjs/common';
import { LoadDatasetResolver } from './load-dataset.resolver';
import { LoadDatasetService } from './load-dataset.service';

@Module({ imports: [IngestModule], providers: [LoadDatasetResolver, LoadDatasetService] })
export class LoadDatasetModule {}
