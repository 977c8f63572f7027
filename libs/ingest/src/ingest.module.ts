import { Module } from '@nestjs/common';
import { DatasetLoader } from './loader/dataset-loader';
import { DatasetWriter } from './writer/dataset-writer';

/** Loading datasets into Neo4j. Needs the (global) Neo4jModule. */
@Module({
  providers: [DatasetWriter, DatasetLoader],
  exports: [DatasetLoader, DatasetWriter],
})
export class IngestModule {}
