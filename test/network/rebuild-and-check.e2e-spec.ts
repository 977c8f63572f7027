import { DatasetLoader } from '@actorgraph/ingest';
import { NetworkChecker, NetworkRebuilder } from '@actorgraph/network';
import type { Driver } from 'neo4j-driver';
import { startEmptyApi, startTestApi, stopTestApi, type TestApi } from '../support/test-api';
import { expectNetworkExact, networkVersion } from './network-support';

// `cli network check` finds what differs from the scan; `cli network rebuild` repairs it; the API builds the
// projection of a graph that has interactions but none (a database from before the projection).

describe('network check, rebuild, and the projection of an older database', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('the API builds the projection on start when the graph has interactions but no projection', async () => {
    const loaded = await api.app.get(DatasetLoader, { strict: false }).load(['data'], { skipNetwork: true });
    expect(loaded.ok).toBe(true);
    expect(await networkVersion(driver)).toBe(0);
    await api.close();
    api = await startTestApi();
    expect(await networkVersion(driver)).toBeGreaterThan(0);
    await expectNetworkExact(api);
  });

  it('check reports missing, unexpected and different relationships; rebuild makes it exact again', async () => {
    await driver.executeQuery(
      `MATCH (:Actor {id: 'person:donald-trump'})-[r:INTERACTED_MONTH]->() DELETE r
       WITH 1 AS one LIMIT 1
       MATCH (:Actor {id: 'person:volodymyr-zelenskyy'})-[r:INTERACTED]->(:Actor {id: 'person:kassym-jomart-tokayev'})
       SET r.count = r.count + 5
       WITH 1 AS one LIMIT 1
       MATCH (a:Actor {id: 'state:ukraine'}), (b:Actor {id: 'state:russia'})
       CREATE (a)-[:INTERACTED {mode: 'DIRECTED', kind: 'CALL', dataset: 'x', count: 1}]->(b)`,
    );
    const report = await api.app.get(NetworkChecker, { strict: false }).check({ chunkSize: 7 });
    expect(new Set(report.differences.map((d) => d.kind))).toEqual(new Set(['missing', 'different', 'unexpected']));
    expect(report.differences).toContainEqual({
      kind: 'unexpected',
      relationship: 'INTERACTED state:ukraine → state:russia DIRECTED CALL x',
      detail: 'count 1',
    });
    const version = await networkVersion(driver);
    const rebuilt = await api.app.get(NetworkRebuilder, { strict: false }).rebuild({ chunkSize: 7 });
    expect(rebuilt.relationships).toBeGreaterThan(100);
    expect(await networkVersion(driver)).toBeGreaterThan(version);
    await expectNetworkExact(api);
  });

  it('an actor that initiated more than a transaction reads is checked and rebuilt a slice of its interactions at a time', async () => {
    // One interaction a transaction: Zelenskyy (who made the August 2025 calls) and Ukraine are read in slices.
    const slices = { chunkSize: 7, budget: { chunk: 1, slice: 1 } };
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id IN ['person:volodymyr-zelenskyy', 'state:ukraine']
       RETURN min(COUNT { (a)-[:INITIATED]->() }) AS initiated`,
    );
    expect(Number(records[0]?.get('initiated'))).toBeGreaterThan(1);
    await driver.executeQuery(
      `MATCH (:Actor {id: 'person:volodymyr-zelenskyy'})-[r:INTERACTED]->(:Actor {id: 'person:kassym-jomart-tokayev'})
       SET r.count = r.count + 5
       WITH 1 AS one LIMIT 1
       MATCH (a:Actor {id: 'state:ukraine'}), (b:Actor {id: 'state:russia'})
       CREATE (a)-[:INTERACTED {mode: 'DIRECTED', kind: 'CALL', dataset: 'x', count: 1}]->(b)`,
    );
    const checker = api.app.get(NetworkChecker, { strict: false });
    const report = await checker.check(slices);
    expect(report.differences.map((d) => d.relationship)).toEqual(
      expect.arrayContaining([
        'INTERACTED state:ukraine → state:russia DIRECTED CALL x',
        expect.stringMatching(/^INTERACTED person:volodymyr-zelenskyy → person:kassym-jomart-tokayev /),
      ]),
    );
    await api.app.get(NetworkRebuilder, { strict: false }).rebuild(slices);
    await expectNetworkExact(api);
    expect((await checker.check(slices)).differences).toEqual([]);
  });
});
