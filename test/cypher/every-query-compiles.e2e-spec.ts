import { CypherRegistry } from '@actorgraph/neo4j';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../support/test-api';

// A cheap guard: a broken query fails CI, not a request. EXPLAIN plans without running.
const registry = new CypherRegistry();

describe('every Cypher file', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });

  afterAll(async () => {
    await driver.close();
  });

  it('is found by the registry', () => {
    expect(registry.names().length).toBeGreaterThanOrEqual(15);
  });

  it.each(registry.names())('%s plans in Neo4j', async (name) => {
    await expect(driver.executeQuery(`EXPLAIN ${registry.require(name).text}`)).resolves.toBeDefined();
  });

  it.each(registry.names())('%s starts with a // header saying what it does', (name) => {
    expect(registry.require(name).text).toMatch(/^\/\/ \S/);
  });
});
