import { stopTestApi } from '../support/test-api';
import { refusal, startCurationApi, type CurationApi } from './curation-api';

const UPSERT = 'mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status } }';
const ALIAS = 'mutation ($id: ID!, $alias: String!) { addAlias(actorId: $id, alias: $alias) { status } }';
const CHANGES = `query ($where: ChangeWhere, $first: Int, $after: String) {
  changes(where: $where, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id at by byName operation targetIds input } }
  }
}`;
const actor = (n: number) => ({ id: `person:curated-${n}`, kind: 'PERSON', name: `Curated Person ${n}` });

describe('the change log: every write, who made it and when, newest first', () => {
  let c: CurationApi;
  let keyId: string;
  let startedAt: string;

  beforeAll(async () => {
    c = await startCurationApi();
    const { records } = await c.driver.executeQuery('MATCH (k:ApiKey {name: "newsroom-editor"}) RETURN k.id AS id');
    keyId = records[0]!.get('id');
    startedAt = new Date(Date.now() - 1000).toISOString();
    for (const n of [1, 2, 3]) expect((await c.edit(UPSERT, { input: actor(n) })).errors).toBeUndefined();
    expect((await c.edit(ALIAS, { id: 'person:curated-1', alias: 'C. P. One' })).errors).toBeUndefined();
    // Neither a no-op nor a refused write is logged.
    expect((await c.edit(UPSERT, { input: actor(2) })).data!['upsertActor'].status).toBe('UNCHANGED');
    expect((await c.edit(UPSERT, { input: { ...actor(4), id: 'state:curated-4' } })).errors).toHaveLength(1);
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  it('lists the four writes newest first, each with the key that made it, when, and its input', async () => {
    const response = await c.edit(CHANGES);
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data!['changes'];
    expect(totalCount).toBe(4);
    const nodes = edges.map((e: { node: any }) => e.node);
    expect(nodes.map((n: any) => [n.operation, n.targetIds])).toEqual([
      ['ADD_ALIAS', ['person:curated-1']],
      ['UPSERT_ACTOR', ['person:curated-3']],
      ['UPSERT_ACTOR', ['person:curated-2']],
      ['UPSERT_ACTOR', ['person:curated-1']],
    ]);
    expect(nodes.every((n: any) => n.by === keyId && n.byName === 'newsroom-editor')).toBe(true);
    const times = nodes.map((n: any) => Date.parse(n.at));
    expect(times.every((t: number) => t >= Date.parse(startedAt))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(JSON.parse(nodes[0].input)).toEqual({ actorId: 'person:curated-1', alias: 'C. P. One' });
    expect(JSON.parse(nodes[1].input)).toEqual(expect.objectContaining(actor(3)));
  });

  it('filters by operation, target, author and time, and pages', async () => {
    const count = async (where: Record<string, unknown>) =>
      (await c.edit(CHANGES, { where })).data!['changes'].totalCount as number;
    expect(await count({ operation: 'ADD_ALIAS' })).toBe(1);
    expect(await count({ targetId: 'person:curated-1' })).toBe(2);
    expect(await count({ by: keyId })).toBe(4);
    expect(await count({ by: 'anonymous' })).toBe(0);
    expect(await count({ since: startedAt })).toBe(4);
    expect(await count({ until: startedAt })).toBe(0);
    expect(await count({ since: '2999-01-01' })).toBe(0);

    const first = (await c.edit(CHANGES, { first: 3 })).data!['changes'];
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await c.edit(CHANGES, { first: 3, after: first.pageInfo.endCursor })).data!['changes'];
    expect(rest.edges.map((e: any) => e.node.targetIds)).toEqual([['person:curated-1']]);
  });

  it('refuses a malformed time with BAD_USER_INPUT naming it', async () => {
    expect(refusal(await c.edit(CHANGES, { where: { since: 'last tuesday' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'where.since',
    });
  });

  it('is not shown without an editor key', async () => {
    const response = await c.api.graphql(CHANGES);
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refusal(response).code);
  });
});
