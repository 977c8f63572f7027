import { ImportWriter } from '@actorgraph/import';
import { DatasetLoader } from '@actorgraph/ingest';
import { Neo4jService } from '@actorgraph/neo4j';
import { NetworkChecker, NetworkMaintainer, type CheckReport } from '@actorgraph/network';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, type GraphQLResponse, type TestApi } from '../support/test-api';

/** The actors and places the network suites write interactions between. */
export const NETWORK_BASE = join(__dirname, '..', 'fixtures', 'network', 'network-base.yaml');

/** A GraphQL request sent with an editor's key. */
export type EditorRequest = (query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>;

/** Loads fixtures/network/network-base.yaml (throws when it does not load). */
export async function loadNetworkBase(api: TestApi): Promise<void> {
  const base = await api.app.get(DatasetLoader, { strict: false }).load([NETWORK_BASE]);
  if (!base.ok) throw new Error('base fixture did not load');
}

/** Sends requests with a new editor key. */
export async function editorRequests(api: TestApi, driver: Driver): Promise<EditorRequest> {
  const key = await createTestApiKey(driver, 'editor');
  return (query, variables) => api.graphql(query, variables, { authorization: `Bearer ${key}` });
}

/** The coded-event import writer, maintaining the projection as `cli import` does. */
export function networkImporter(api: TestApi): ImportWriter {
  const neo4j = api.app.get(Neo4jService, { strict: false });
  return new ImportWriter(neo4j, new NetworkMaintainer(neo4j));
}

/** Asserts the projection equals a scan of the interactions (what `cli network check` runs) and returns the report. */
export async function expectNetworkExact(api: TestApi): Promise<CheckReport> {
  const report = await api.app.get(NetworkChecker, { strict: false }).check({ chunkSize: 50 });
  expect(report.differences).toEqual([]);
  return report;
}

/** The network version (0 before the projection first changed). */
export async function networkVersion(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (s:NetworkState {id: 'network'}) RETURN coalesce(s.version, 0) AS version",
  );
  return Number(records[0]!.get('version'));
}

/** Projection relationships between two endpoints (either direction), as `TYPE mode kind start..end count`. */
export async function projectionBetween(driver: Driver, a: string, b: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (x {id: $a})-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]-(y {id: $b})
     RETURN type(r) + ' ' + r.mode + ' ' + r.kind + coalesce(' ' + r.start + '..' + r.end, '') + ' ' + r.count AS line
     ORDER BY line`,
    { a, b },
  );
  return records.map((r) => r.get('line') as string);
}
