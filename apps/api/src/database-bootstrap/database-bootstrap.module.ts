import { IngestModule } from '@actorgraph/ingest';
import { Module } from '@nestjs/common';
import { DatabaseBootstrapService } from './database-bootstrap.service';
import { SeedDatasetService } from './seed-dataset.service';

@Module({ imports: [IngestModule], providers: [DatabaseBootstrapService, SeedDatasetService] })
export class DatabaseBootstrapModule {}
