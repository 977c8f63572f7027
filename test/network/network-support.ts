import { NetworkChecker, type CheckReport } from '@actorgraph/network';
import type { Driver } from 'neo4j-driver';
import type { TestApi } from '../support/test-api';

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
