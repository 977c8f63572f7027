import { NetworkModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { DatasetLoader } from './loader/dataset-loader';
import { DatasetWriter } from './writer/dataset-writer';

/** Loading datasets into Neo4j (the projection kept in step). Needs the (global) Neo4jModule. */
@Module({
  imports: [NetworkModule],
  providers: [DatasetWriter, DatasetLoader],
  exports: [DatasetLoader, DatasetWriter],
})
export class IngestModule {}
