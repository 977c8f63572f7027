import { stopTestApi } from '../support/test-api';
import { refusal, SOURCE, startCurationApi, TOKAYEV, ZELENSKYY, type CurationApi } from './curation-api';

const DUPLICATE = 'person:v-zelensky';
const MERGE = `mutation ($keepId: ID!, $mergeId: ID!) {
  mergeActors(keepId: $keepId, mergeId: $mergeId) {
    actor { id aliases } movedRelationships duplicateRelationships droppedRelationships
    change { operation targetIds }
  }
}`;
const RECORD = `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }`;
const evidence = [{ source: SOURCE, quote: 'Kazakhstan has maintained constructive relations with Ukraine' }];
const call = (id: string, initiators: string[]) => ({
  id,
  kind: 'CALL',
  date: '2025-10-01',
  initiators,
  targets: [TOKAYEV],
  summary: 'A call.',
  evidence,
});

/** How many of an actor's relationships repeat another one: same type, direction, other end and properties. */
async function duplicateRelationships(c: CurationApi, id: string): Promise<number> {
  const { records } = await c.driver.executeQuery(
    `MATCH (:Actor {id: $id})-[r]-(other)
     WITH other, type(r) AS type, startNode(r) = other AS incoming, properties(r) AS props, count(*) AS n
     WHERE n > 1
     RETURN count(*) AS duplicates`,
    { id },
  );
  return records[0]!.get('duplicates').toNumber();
}

describe('mergeActors: a duplicate actor folded into the real one', () => {
  let c: CurationApi;

  beforeAll(async () => {
    c = await startCurationApi();
    const writes: [string, Record<string, unknown>][] = [
      [
        'mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status } }',
        { input: { id: DUPLICATE, kind: 'PERSON', name: 'V. Zelensky', aliases: ['Vova Zelensky'] } },
      ],
      [RECORD, { input: call('interaction:2025-10-01-dup-calls-tokayev', [DUPLICATE]) }],
      [RECORD, { input: call('interaction:2025-10-02-dup-calls-tokayev', [DUPLICATE]) }],
      // Both initiated this one: after the merge Zelenskyy must initiate it once, not twice.
      [RECORD, { input: call('interaction:2025-10-03-both-call-tokayev', [DUPLICATE, ZELENSKYY]) }],
      [
        'mutation ($input: UpsertRelationInput!) { upsertRelation(input: $input) { status } }',
        { input: { type: 'LEADS', subject: DUPLICATE, object: 'state:ukraine', role: 'President', evidence } },
      ],
    ];
    for (const [query, variables] of writes) expect((await c.edit(query, variables)).errors).toBeUndefined();
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  it.each([
    ['an actor into itself', { keepId: ZELENSKYY, mergeId: ZELENSKYY }, 'BAD_USER_INPUT', 'mergeId'],
    ['actors of different kinds', { keepId: ZELENSKYY, mergeId: 'state:ukraine' }, 'BAD_USER_INPUT', 'mergeId'],
    ['an unknown actor', { keepId: ZELENSKYY, mergeId: 'person:nobody' }, 'NOT_FOUND', 'mergeId'],
    ['into an unknown actor', { keepId: 'person:nobody', mergeId: DUPLICATE }, 'NOT_FOUND', 'keepId'],
  ])('refuses to merge %s, changing nothing', async (_case, variables, code, argument) => {
    const before = await c.counts();
    expect(refusal(await c.edit(MERGE, variables))).toEqual({ code, argument });
    expect(await c.counts()).toEqual(before);
  });

  it('moves every interaction and relation to the kept actor, without duplicates, keeping the old names', async () => {
    const before = await c.api.graphql(
      `query ($id: ID!) { actor(id: $id) { interactions(role: INITIATOR) { totalCount } } }`,
      { id: ZELENSKYY },
    );
    const initiated = before.data!['actor'].interactions.totalCount as number;

    const merged = await c.edit(MERGE, { keepId: ZELENSKYY, mergeId: DUPLICATE });
    expect(merged.errors).toBeUndefined();
    const payload = merged.data!['mergeActors'];
    // Two calls moved; the shared call and the LEADS relation Zelenskyy already had are not drawn twice.
    expect(payload).toEqual(
      expect.objectContaining({ movedRelationships: 2, duplicateRelationships: 2, droppedRelationships: 0 }),
    );
    expect(payload.change).toEqual({ operation: 'MERGE_ACTORS', targetIds: [ZELENSKYY, DUPLICATE] });
    expect(payload.actor.aliases).toEqual(expect.arrayContaining(['V. Zelensky', 'Vova Zelensky']));

    const after = await c.api.graphql(
      `query ($id: ID!) { actor(id: $id) { interactions(role: INITIATOR) { totalCount } relations(types: [LEADS]) { id evidence { quote } } } }`,
      { id: ZELENSKYY },
    );
    expect(after.data!['actor'].interactions.totalCount).toBe(initiated + 2);
    // The old id still finds the kept actor, with the kept actor's page (not the old id's, which has none).
    const byOldId = await c.api.graphql(
      `query ($id: ID!) { actor(id: $id) { id interactions(role: INITIATOR) { totalCount } } }`,
      { id: DUPLICATE },
    );
    expect(byOldId.data).toEqual({ actor: { id: ZELENSKYY, interactions: { totalCount: initiated + 2 } } });
    expect(after.data!['actor'].relations).toHaveLength(1);
    expect(after.data!['actor'].relations[0].evidence.map((e: { quote: string }) => e.quote)).toContain(
      'Kazakhstan has maintained constructive relations with Ukraine',
    );
    expect(await duplicateRelationships(c, ZELENSKYY)).toBe(0);
    const { records } = await c.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', {
      id: DUPLICATE,
    });
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });

  it('resolves the old id to the kept actor, in actor(id) and in later writes', async () => {
    const read = await c.api.graphql('query ($id: ID!) { actor(id: $id) { id name } }', { id: DUPLICATE });
    expect(read.data!['actor']).toEqual({ id: ZELENSKYY, name: 'Volodymyr Zelenskyy' });

    const id = 'interaction:2025-10-04-old-id-calls-tokayev';
    expect((await c.edit(RECORD, { input: call(id, [DUPLICATE]) })).data!['recordInteraction'].status).toBe('CREATED');
    const stored = await c.api.graphql('query ($id: ID!) { interaction(id: $id) { initiators { id } } }', { id });
    expect(stored.data!['interaction'].initiators).toEqual([{ id: ZELENSKYY }]);
  });

  it('refuses to merge an id that was already merged, or to recreate it', async () => {
    const before = await c.counts();
    expect(refusal(await c.edit(MERGE, { keepId: TOKAYEV, mergeId: DUPLICATE }))).toEqual({
      code: 'NOT_FOUND',
      argument: 'mergeId',
    });
    const recreate = await c.edit('mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status } }', {
      input: { id: DUPLICATE, kind: 'PERSON', name: 'Someone Else' },
    });
    expect(refusal(recreate)).toEqual({ code: 'CONFLICT', argument: 'input.id' });
    expect(await c.counts()).toEqual(before);
  });
});
