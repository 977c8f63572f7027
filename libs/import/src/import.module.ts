import { NetworkModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { CodedActorNamer } from './coded-events/coded-actor-namer';
import { EventImporter } from './coded-events/event-importer';
import { ImportWriter } from './coded-events/import-writer';
import { TableImporter } from './table/table-importer';
import { TableActorWriter } from './table/table-actor-writer';

/** Importing coded events (GDELT, ICEWS) and tables described by a mapping into Neo4j. Needs the (global) Neo4jModule. */
@Module({
  imports: [NetworkModule],
  providers: [ImportWriter, CodedActorNamer, EventImporter, TableActorWriter, TableImporter],
  exports: [EventImporter, TableImporter],
})
export class ImportModule {}
