import { NetworkModule } from '@actorgraph/network';
import { Module } from '@nestjs/common';
import { CodedActorNamer } from './coded-events/coded-actor-namer';
import { EventImporter } from './coded-events/event-importer';
import { ImportWriter } from './coded-events/import-writer';

/** Importing coded events (GDELT, ICEWS) into Neo4j. Needs the (global) Neo4jModule. */
@Module({
  imports: [NetworkModule],
  providers: [ImportWriter, CodedActorNamer, EventImporter],
  exports: [EventImporter],
})
export class ImportModule {}
