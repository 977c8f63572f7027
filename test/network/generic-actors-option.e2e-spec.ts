import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';

// Issue 17 item 3: a GDELT role code with no country (BUS) becomes a scoped actor marked generic; every network query
// counts it by default and leaves it out with links: { genericActors: false }.

const GDELT = join(__dirname, '..', 'fixtures', 'import', 'gdelt-small.tsv');
const US = 'state:united-states';

describe('links: { genericActors: false } leaves generic coded actors out of the network', () => {
  let api: TestApi;
  let driver: Driver;
  let generic: string[];

  const ask = async (query: string) => {
    const response = await api.graphql(query);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    await eventImporter(api).importGdelt([GDELT], {
      rejectsPath: () => join(tmpdir(), 'actorgraph-generic.rejects.tsv'),
    });
    const { records } = await driver.executeQuery(
      'MATCH (a:Actor {generic: true}) WHERE EXISTS { (a)--(:Interaction) } RETURN a.id AS id ORDER BY id',
    );
    generic = records.map((r) => r.get('id') as string);
  });

  afterAll(() => stopTestApi(api, driver));

  it('imports at least one generic actor linked to the United States', () => {
    expect(generic.length).toBeGreaterThan(0);
    expect(generic.every((id) => id.startsWith('org:cameo-bus'))).toBe(true);
  });

  const ids = (value: unknown): string[] =>
    [...JSON.stringify(value).matchAll(/"(org:cameo-bus[^"]*)"/g)].map((m) => m[1]!);

  it.each([
    ['dyads', (links: string) => `{ dyads(first: 50${links}) { source { id } target { id } count } }`],
    [
      'dyads by conflict (ranked)',
      (links: string) => `{ dyads(first: 50, orderBy: CONFLICT${links}) { source { id } target { id } } }`,
    ],
    [
      'dyads in a window (scan)',
      (links: string) =>
        `{ dyads(first: 50, where: { from: "2016-12-31", to: "2017-01-01" }${links}) { source { id } target { id } } }`,
    ],
    [
      'counterparts',
      (links: string) => `{ actor(id: "${US}") { counterparts(first: 50${links}) { actor { id } count } } }`,
    ],
    ['centrality', (links: string) => `{ centrality(metric: DEGREE, first: 50${links}) { actor { id } score } }`],
    ['communities', (links: string) => `{ communities(first: 50${links}) { actorCount communities { memberIds } } }`],
    [
      'egoNetwork',
      (links: string) => `{ egoNetwork(actorId: "${US}", hops: 2${links}) { nodes { id } edges { id } } }`,
    ],
  ])('%s: counts generic actors by default, not with genericActors: false', async (_, query) => {
    const all = await ask(query(''));
    expect(ids(all).length).toBeGreaterThan(0);
    expect(await ask(query(', links: { genericActors: true }'))).toEqual(all);
    const without = await ask(query(', links: { genericActors: false }'));
    expect(ids(without)).toEqual([]);
  });

  it('paths: reaches a generic actor by default, not with genericActors: false', async () => {
    const path = (links: string) =>
      `{ paths(fromId: "${US}", toId: "${generic[0]}"${links}) { length steps { node { id } } } }`;
    expect((await ask(path('')))['paths']).not.toEqual([]);
    expect((await ask(path(', links: { genericActors: false }')))['paths']).toEqual([]);
  });
});
