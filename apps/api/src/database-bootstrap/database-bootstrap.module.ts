import { IngestModule } from '@actorgraph/ingest';
import { NetworkModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { DatabaseBootstrapService } from './database-bootstrap.service';
import { SeedDatasetService } from './seed-dataset.service';

@Module({ imports: [IngestModule, NetworkModule], providers: [DatabaseBootstrapService, SeedDatasetService] })
export class DatabaseBootstrapModule {}
