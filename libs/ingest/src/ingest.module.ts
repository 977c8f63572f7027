import { Module } from '@nestjs/common';
import { EventImporter } from './import/event-importer';
import { ImportWriter } from './import/import-writer';
import { DatasetLoader } from './loader/dataset-loader';
import { DatasetWriter } from './writer/dataset-writer';

/** Loading datasets into Neo4j. Needs the (global) Neo4jModule. */
@Module({
  providers: [DatasetWriter, DatasetLoader, ImportWriter, EventImporter],
  exports: [DatasetLoader, DatasetWriter, EventImporter],
})
export class IngestModule {}
