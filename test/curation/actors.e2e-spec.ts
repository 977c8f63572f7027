import { stopTestApi } from '../support/test-api';
import { refusal, SOURCE, startCurationApi, ZELENSKYY, type CurationApi } from './curation-api';

const UPSERT = `mutation ($input: UpsertActorInput!) {
  upsertActor(input: $input) { status actor { id kind name aliases description } change { operation targetIds byName } }
}`;
const ADD_ALIAS = `mutation ($actorId: ID!, $alias: String!) {
  addAlias(actorId: $actorId, alias: $alias) { status actor { id aliases } change { operation } }
}`;
const ENVOY = {
  id: 'person:yuriy-ivanenko',
  kind: 'PERSON',
  name: 'Yuriy Ivanenko',
  aliases: ['Y. Ivanenko'],
  description: 'A diplomat.',
};

describe('curators write actors: upsertActor and addAlias', () => {
  let c: CurationApi;

  beforeAll(async () => {
    c = await startCurationApi();
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  it('creates an actor an analyst then finds by name and by search', async () => {
    const created = await c.edit(UPSERT, { input: ENVOY });
    expect(created.errors).toBeUndefined();
    expect(created.data!['upsertActor']).toEqual({
      status: 'CREATED',
      actor: {
        id: ENVOY.id,
        kind: 'PERSON',
        name: 'Yuriy Ivanenko',
        aliases: ['Y. Ivanenko'],
        description: 'A diplomat.',
      },
      change: { operation: 'UPSERT_ACTOR', targetIds: [ENVOY.id], byName: 'newsroom-editor' },
    });
    await c.driver.executeQuery('CALL db.awaitIndexes()');
    const found = await c.api
      .graphql(`{ actors(where: { nameContains: "ivanenko" }) { totalCount edges { node { id } } }
      search(text: "Ivanenko", first: 1) { actor { id } } }`);
    expect(found.data!['actors']).toEqual({ totalCount: 1, edges: [{ node: { id: ENVOY.id } }] });
    expect(found.data!['search'][0].actor.id).toBe(ENVOY.id);
  });

  it('changes nothing and logs nothing when the same actor is upserted again', async () => {
    const before = await c.counts();
    const again = await c.edit(UPSERT, { input: ENVOY });
    expect(again.data!['upsertActor']).toEqual(expect.objectContaining({ status: 'UNCHANGED', change: null }));
    expect(await c.counts()).toEqual(before);
  });

  it('updates an actor in place, without a second node', async () => {
    const updated = await c.edit(UPSERT, { input: { ...ENVOY, description: 'Ambassador.' } });
    expect(updated.data!['upsertActor'].status).toBe('UPDATED');
    const { records } = await c.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.description AS d', {
      id: ENVOY.id,
    });
    expect(records.map((r) => r.get('d'))).toEqual(['Ambassador.']);
  });

  it('finds a shipped actor written exactly as the dataset has it unchanged: same content hash as the loader', async () => {
    const response = await c.edit(UPSERT, {
      input: {
        id: ZELENSKYY,
        kind: 'PERSON',
        name: 'Volodymyr Zelenskyy',
        aliases: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
        description:
          'President of Ukraine. Called Kassym-Jomart Tokayev on August 10, 2025 to discuss prospects for a peace agreement, one of a series of calls to leaders ahead of the Trump–Putin meeting in Alaska.',
        wikidataId: 'Q3874799',
        evidence: [
          {
            source: SOURCE,
            quote:
              'President Volodymyr Zelenskyy called President Kassym-Jomart Tokayev to discuss prospects for a peace agreement',
          },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!['upsertActor'].status).toBe('UNCHANGED');
  });

  it.each([
    ['an id whose prefix contradicts the kind', { ...ENVOY, id: 'state:yuriy-ivanenko' }, 'BAD_USER_INPUT', 'input.id'],
    ['an ISO code on a person', { ...ENVOY, iso3: 'UKR' }, 'BAD_USER_INPUT', 'input.iso3'],
    ['a malformed Wikidata id', { ...ENVOY, wikidataId: 'wd42' }, 'BAD_USER_INPUT', 'input.wikidataId'],
    ['an alias another actor carries', { ...ENVOY, aliases: ['Zelensky'] }, 'BAD_USER_INPUT', 'input.aliases[0]'],
    [
      'evidence from an unknown source',
      { ...ENVOY, evidence: [{ source: 'source:nowhere', quote: 'some words' }] },
      'NOT_FOUND',
      'input.evidence[0].source',
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_case, input, code, argument) => {
    const before = await c.counts();
    const response = await c.edit(UPSERT, { input });
    expect(refusal(response)).toEqual({ code, argument });
    expect(await c.counts()).toEqual(before);
  });

  it('adds an alias that then finds the actor by name, once however often it is added', async () => {
    const added = await c.edit(ADD_ALIAS, { actorId: ENVOY.id, alias: 'Yurii Ivanenko' });
    expect(added.data!['addAlias']).toEqual({
      status: 'UPDATED',
      actor: { id: ENVOY.id, aliases: ['Y. Ivanenko', 'Yurii Ivanenko'] },
      change: { operation: 'ADD_ALIAS' },
    });
    const again = await c.edit(ADD_ALIAS, { actorId: ENVOY.id, alias: 'Yurii Ivanenko' });
    expect(again.data!['addAlias']).toEqual(expect.objectContaining({ status: 'UNCHANGED', change: null }));
    const found = await c.api.graphql('{ actors(where: { nameContains: "yurii" }) { edges { node { id } } } }');
    expect(found.data!['actors'].edges).toEqual([{ node: { id: ENVOY.id } }]);
  });

  it('keeps every alias when several curators add aliases to one actor at the same time', async () => {
    const aliases = ['Ivanenko Y.', 'Yu. Ivanenko', 'Iurii Ivanenko', 'Jurij Ivanenko'];
    const responses = await Promise.all(aliases.map((alias) => c.edit(ADD_ALIAS, { actorId: ENVOY.id, alias })));
    expect(responses.map((r) => r.errors)).toEqual(aliases.map(() => undefined));
    const actor = await c.api.graphql('query ($id: ID!) { actor(id: $id) { aliases } }', { id: ENVOY.id });
    expect(actor.data!['actor'].aliases).toEqual(expect.arrayContaining(aliases));
  });

  it('refuses an alias of another actor, one with no letter or digit, or for an unknown actor, changing nothing', async () => {
    const before = await c.counts();
    for (const alias of ['   ', '*:*', '\ud800']) {
      expect(refusal(await c.edit(ADD_ALIAS, { actorId: ENVOY.id, alias }))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'alias',
      });
    }
    expect(refusal(await c.edit(ADD_ALIAS, { actorId: ENVOY.id, alias: 'Zelenskiy' }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'alias',
    });
    expect(refusal(await c.edit(ADD_ALIAS, { actorId: 'person:nobody', alias: 'Nobody' }))).toEqual({
      code: 'NOT_FOUND',
      argument: 'actorId',
    });
    expect(await c.counts()).toEqual(before);
  });

  it('refuses a write without an editor key', async () => {
    const before = await c.counts();
    const response = await c.api.graphql(UPSERT, { input: { ...ENVOY, id: 'person:someone-else', name: 'Someone' } });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refusal(response).code);
    expect(await c.counts()).toEqual(before);
  });
});
