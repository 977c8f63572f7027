import { CodedActorNamer, EventImporter, ImportWriter, TableActorWriter, TableImporter } from '@actorgraph/import';
import { Neo4jService } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import type { TestApi } from './test-api';

function writer(api: TestApi): { neo4j: Neo4jService; writer: ImportWriter } {
  const neo4j = api.app.get(Neo4jService, { strict: false });
  return { neo4j, writer: new ImportWriter(neo4j, new NetworkMaintainer(neo4j)) };
}

/** The coded-event importer (what `cli import` runs) over the test API's Neo4j: the API itself imports no events. */
export function eventImporter(api: TestApi): EventImporter {
  const { neo4j, writer: events } = writer(api);
  return new EventImporter(events, new CodedActorNamer(neo4j));
}

/** The table importer (what `cli import table` runs) over the test API's Neo4j. */
export function tableImporter(api: TestApi): TableImporter {
  const { neo4j, writer: events } = writer(api);
  return new TableImporter(events, new TableActorWriter(neo4j), new CodedActorNamer(neo4j));
}
