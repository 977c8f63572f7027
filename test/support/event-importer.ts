import { CodedActorNamer, EventImporter, ImportWriter } from '@actorgraph/import';
import { Neo4jService } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import type { TestApi } from './test-api';

/** The coded-event importer (what `cli import` runs) over the test API's Neo4j: the API itself imports no events. */
export function eventImporter(api: TestApi): EventImporter {
  const neo4j = api.app.get(Neo4jService, { strict: false });
  return new EventImporter(new ImportWriter(neo4j, new NetworkMaintainer(neo4j)), new CodedActorNamer(neo4j));
}
