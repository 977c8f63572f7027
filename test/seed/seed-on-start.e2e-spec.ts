import type { Driver } from 'neo4j-driver';
import { emptyGraphDriver, graphCounts, startTestApi, stopTestApi, type TestApi } from '../support/test-api';

describe('the API loads the shipped dataset when the graph is empty', () => {
  let driver: Driver;
  let api: TestApi | undefined;

  beforeAll(async () => {
    driver = await emptyGraphDriver();
  });

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  afterAll(() => stopTestApi(undefined, driver));

  it('does not seed when told not to', async () => {
    api = await startTestApi({ SEED_ON_START: 'false' });
    expect((await api.graphql('{ stats { actors } }')).data).toEqual({ stats: { actors: 0 } });
  });

  it('seeds an empty graph on start, so the first query shows real data', async () => {
    api = await startTestApi({ SEED_ON_START: 'true', SEED_PATH: 'data' });
    const { data } = await api.graphql('{ stats { actors interactions sources byKind { kind count } } }');
    expect(data!['stats'].actors).toBeGreaterThanOrEqual(30);
    expect(data!['stats'].interactions).toBeGreaterThanOrEqual(30);
    expect(data!['stats'].sources).toBe(1);
    expect(data!['stats'].byKind).toEqual(expect.arrayContaining([{ kind: 'CALL', count: expect.any(Number) }]));
  });

  it('leaves a graph that already holds data alone on the next start', async () => {
    // A curator deleted one interaction; a restart must not bring it back.
    await driver.executeQuery('MATCH (i:Interaction) WITH i LIMIT 1 DETACH DELETE i');
    const before = await graphCounts(driver);
    api = await startTestApi({ SEED_ON_START: 'true', SEED_PATH: 'data' });
    expect(await graphCounts(driver)).toEqual(before);
  });
});
