import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

// Issue 17 item 5: every actor argument of the API accepts an id, an old merged id, or an exact name or alias
// (resolved as cli load resolves them); an unknown one is NOT_FOUND naming the argument with the closest ids,
// never a silent empty answer.

const MINISTRY = 'org:kazakhstan-foreign-ministry';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const VRUBLEVSKY = 'person:petr-vrublevsky';

describe('filters speak names', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  const count = async (where: string) => {
    const response = await api.graphql(
      `{ interactions(where: ${where}, first: 500) { totalCount edges { node { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!['interactions'] as { totalCount: number; edges: { node: { id: string } }[] };
  };

  it("finds the Kazakh Foreign Ministry's interactions by its alias, as by its id", async () => {
    const byId = await count(`{ initiators: ["${MINISTRY}"] }`);
    const byAlias = await count('{ initiators: ["Kazakh Foreign Ministry"] }');
    expect(byId.totalCount).toBeGreaterThan(0);
    expect(byAlias).toEqual(byId);
    // Names compare folded, like the loader's: case, accents and punctuation do not matter.
    expect(await count('{ initiators: ["kazakh foreign  ministry"] }')).toEqual(byId);
    expect(await count('{ participants: ["Ministry of Foreign Affairs of Kazakhstan"] }')).toEqual(
      await count(`{ participants: ["${MINISTRY}"] }`),
    );
  });

  it('resolves names in between, targets and places', async () => {
    expect(await count('{ between: ["Tokayev", "Zelensky"] }')).toEqual(
      await count(`{ between: ["${TOKAYEV}", "${ZELENSKYY}"] }`),
    );
    expect(await count('{ targets: ["Zelenskiy"] }')).toEqual(await count(`{ targets: ["${ZELENSKYY}"] }`));
    expect(await count('{ places: ["Almaty"] }')).toEqual(await count('{ places: ["place:almaty"] }'));
  });

  it('finds Tokayev written in Cyrillic, in search and in filters', async () => {
    const search = await api.graphql('{ search(text: "Токаев", kinds: [PERSON]) { actor { id } } }');
    expect(search.errors).toBeUndefined();
    expect(search.data!['search'][0]).toEqual({ actor: { id: TOKAYEV } });
    expect(await count('{ initiators: ["Токаев"] }')).toEqual(await count(`{ initiators: ["${TOKAYEV}"] }`));
  });

  it('answers NOT_FOUND naming the filter key and the closest ids for an unknown name, never an empty page', async () => {
    const response = await api.graphql(
      '{ interactions(where: { initiators: ["Kazak Foreign Ministry"] }) { totalCount } }',
    );
    expect(response.data?.['interactions']).toBeNull();
    const [error] = response.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'where.initiators',
      reference: 'Kazak Foreign Ministry',
    });
    expect(error?.extensions?.['closest']).toContain(MINISTRY);
    expect(error?.message).toContain(MINISTRY);
  });

  it("suggests the stored id for the README's misspelt id", async () => {
    const response = await api.graphql(
      '{ interactions(where: { targets: ["person:volodymyr-zelensky"] }) { totalCount } }',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'where.targets' });
    expect(response.errors?.[0]?.extensions?.['closest']).toContain(ZELENSKYY);
  });

  it('accepts names for actorId, fromId, toId and actor(id)', async () => {
    const actor = await api.graphql('{ actor(id: "Tokayev") { id } }');
    expect(actor.data).toEqual({ actor: { id: TOKAYEV } });
    const ego = await api.graphql('{ egoNetwork(actorId: "Tokaev") { nodes { id } } }');
    expect(ego.errors).toBeUndefined();
    expect(ego.data!['egoNetwork'].nodes.map((n: { id: string }) => n.id)).toContain(TOKAYEV);
    const byName = await api.graphql('{ paths(fromId: "Vrublevsky", toId: "Tokayev") { length } }');
    const byId = await api.graphql(`{ paths(fromId: "${VRUBLEVSKY}", toId: "${TOKAYEV}") { length } }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!['paths'].length).toBeGreaterThan(0);
    expect(byName.data).toEqual(byId.data);
  });

  it('answers actor(id) given a name with the same interactions as given the id', async () => {
    const page = '{ id interactions(first: 3) { totalCount edges { node { id } } } }';
    const byName = await api.graphql(`{ actor(id: "Tokayev") ${page} }`);
    const byId = await api.graphql(`{ actor(id: "${TOKAYEV}") ${page} }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!['actor'].interactions.totalCount).toBeGreaterThan(0);
    expect(byName.data).toEqual(byId.data);
  });

  it('resolves names in the filters of nested fields', async () => {
    const { data, errors } = await api.graphql(`{
      byName: actor(id: "${TOKAYEV}") { interactions(where: { targets: ["Zelensky"] }) { totalCount } }
      byId: actor(id: "${TOKAYEV}") { interactions(where: { targets: ["${ZELENSKYY}"] }) { totalCount } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!['byName']).toEqual(data!['byId']);
  });

  it('refuses a name two actors hold, naming both', async () => {
    await driver.executeQuery(
      `CREATE (:Actor {id: 'person:h11-another-tokayev', kind: 'PERSON', name: 'Another Tokayev',
        aliases: ['Tokayev'], nameKeys: ['another tokayev', 'tokayev']})`,
    );
    try {
      const response = await api.graphql('{ interactions(where: { initiators: ["Tokayev"] }) { totalCount } }');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.initiators' });
      expect(response.errors?.[0]?.message).toContain(TOKAYEV);
      expect(response.errors?.[0]?.message).toContain('person:h11-another-tokayev');
    } finally {
      await driver.executeQuery(`MATCH (a:Actor {id: 'person:h11-another-tokayev'}) DETACH DELETE a`);
    }
  });

  it('keeps answering null for an unknown actor(id)', async () => {
    const response = await api.graphql('{ actor(id: "person:nobody") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ actor: null });
  });
});
