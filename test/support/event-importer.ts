import { EventImporter, ImportWriter } from '@actorgraph/import';
import { Neo4jService } from '@actorgraph/neo4j';
import type { TestApi } from './test-api';

/** The coded-event importer (what `cli import` runs) over the test API's Neo4j: the API itself imports no events. */
export function eventImporter(api: TestApi): EventImporter {
  return new EventImporter(new ImportWriter(api.app.get(Neo4jService, { strict: false })));
}
