import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// Imported events are traversed by the same queries as curated ones: dyads, egoNetwork, paths.
const POMPEO = 'person:mike-pompeo';
const KIM = 'person:kim-yong-chol';

describe('graph views over imported ICEWS events', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    const icews = sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv');
    ({ api, driver } = await startSeededApi());
    await eventImporter(api).importIcews([icews]);
  });

  afterAll(() => stopTestApi(api, driver));

  it('lists Pompeo → Kim Yong-chol among the dyads of the ICEWS dataset', async () => {
    const { data, errors } = await api.graphql(
      `{ dyads(where: { datasets: ["icews"], initiators: ["${POMPEO}"] }, first: 50) { target { id } count kinds } }`,
    );
    expect(errors).toBeUndefined();
    const toKim = data!['dyads'].find((d: any) => d.target.id === KIM);
    expect(toKim).toBeDefined();
    expect(toKim.count).toBeGreaterThanOrEqual(1);
    expect(toKim.kinds).toContain('NEGOTIATION');
  });

  it("draws Pompeo's ego network with Kim Yong-chol in it and every edge between drawn nodes", async () => {
    const { data, errors } = await api.graphql(
      `{ egoNetwork(actorId: "${POMPEO}", hops: 1, where: { datasets: ["icews"] }, limit: 100) {
          nodes { id } edges { source target } } }`,
    );
    expect(errors).toBeUndefined();
    const ids = new Set(data!['egoNetwork'].nodes.map((n: any) => n.id));
    expect(ids.has(KIM)).toBe(true);
    for (const edge of data!['egoNetwork'].edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });

  it('finds the two-hop path from Pompeo to Kim Yong-chol through an imported interaction', async () => {
    const { data, errors } = await api.graphql(
      `{ paths(fromId: "${POMPEO}", toId: "${KIM}", maxHops: 2, limit: 1) { length steps { node { id type } } } }`,
    );
    expect(errors).toBeUndefined();
    const [path] = data!['paths'];
    expect(path.length).toBe(2);
    expect(path.steps.map((s: any) => s.node.type)).toEqual(['ACTOR', 'INTERACTION', 'ACTOR']);
    expect(path.steps[1].node.id).toMatch(/^interaction:icews-/);
  });
});
