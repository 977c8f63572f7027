import { NetworkComputations, NetworkRebuilder } from '@actorgraph/network';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

/**
 * A synthetic network large enough that exact betweenness keeps a worker busy for a while: 600 actors, 6,000
 * calls from a few busy actors to anyone (dataset `synthetic`, so filters keep it apart from the shipped data),
 * read from the projection (a `datasets` filter).
 */
const SYNTHETIC = `
UNWIND range(0, 599) AS n
CREATE (:Actor {id: 'person:synthetic-' + n, kind: 'PERSON', name: 'Synthetic ' + n, aliases: []})
WITH count(*) AS created
UNWIND range(0, 5999) AS k
WITH k, toInteger(600 * (((k * 7919) % 1000) / 1000.0) ^ 3) AS a, (k * 104729) % 600 AS b
WHERE a <> b
MATCH (s:Actor {id: 'person:synthetic-' + a}), (t:Actor {id: 'person:synthetic-' + b})
CREATE (s)-[:INITIATED]->(:Interaction {id: 'interaction:synthetic-' + k, kind: 'CALL', date: '2024-01-01',
  datePrecision: 'DAY', dateStart: date('2024-01-01'), dateEnd: date('2024-01-01'), dataset: 'synthetic'})
  -[:DIRECTED_AT]->(t)`;

describe('network computations run in a worker thread', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
    await driver.executeQuery(SYNTHETIC);
    // Written around the API, as neo4j-admin import would: the projection is rebuilt, as after such an import.
    await api.app.get(NetworkRebuilder, { strict: false }).rebuild();
  });

  afterAll(() => stopTestApi(api, driver));

  it('answers a cheap request while a large betweenness is being computed', async () => {
    const computations = api.app.get(NetworkComputations, { strict: false });
    const finished: string[] = [];
    const heavy = api
      .graphql(
        `{ centrality(metric: BETWEENNESS, where: { datasets: ["synthetic"] }, first: 3) { actor { id } score } }`,
      )
      .then((response) => {
        finished.push('betweenness');
        return response;
      });
    // Wait (by events, not by time) until the computation has reached a worker.
    while (computations.workerStats.running === 0 && finished.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(finished).toEqual([]);
    const cheap = await api.graphql<{ actor: { name: string } }>(`{ actor(id: "state:ukraine") { name } }`);
    finished.push('actor');
    expect(cheap.data?.actor.name).toBe('Ukraine');
    const { data, errors } = await heavy;
    expect(errors).toBeUndefined();
    expect(data!['centrality']).toHaveLength(3);
    // The cheap request was answered while the computation was still running in the worker.
    expect(finished).toEqual(['actor', 'betweenness']);
  });
});
