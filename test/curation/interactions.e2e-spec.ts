import { stopTestApi } from '../support/test-api';
import { refusal, SOURCE, startCurationApi, TOKAYEV, ZELENSKYY, type CurationApi } from './curation-api';

const RECORD = `mutation ($input: RecordInteractionInput!) {
  recordInteraction(input: $input) { status interaction { id kind date } change { operation targetIds } }
}`;
const DELETE = `mutation ($id: ID!) { deleteInteraction(id: $id) { id deletedLinks change { operation targetIds } } }`;
const UPSERT_RELATION = `mutation ($input: UpsertRelationInput!) {
  upsertRelation(input: $input) { status relation { id type role subject { ... on Actor { id } } object { ... on Actor { id } } } }
}`;
const MEETING = {
  id: 'interaction:2025-09-01-zelenskyy-meets-tokayev',
  kind: 'MEETING',
  date: '2025-09',
  initiators: ['Zelensky'],
  targets: [TOKAYEV],
  mentions: ['state:kazakhstan'],
  place: 'place:astana',
  summary: 'Zelenskyy met Tokayev in Astana.',
  evidence: [{ source: SOURCE, quote: 'Kazakhstan has maintained constructive relations with Ukraine' }],
};

describe('curators record interactions and relations', () => {
  let c: CurationApi;

  beforeAll(async () => {
    c = await startCurationApi();
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  it('records an interaction that then appears in interactions and Actor.interactions with its evidence', async () => {
    const recorded = await c.edit(RECORD, { input: MEETING });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!['recordInteraction']).toEqual({
      status: 'CREATED',
      interaction: { id: MEETING.id, kind: 'MEETING', date: '2025-09' },
      change: { operation: 'RECORD_INTERACTION', targetIds: [MEETING.id] },
    });
    const read = await c.api.graphql(
      `query ($z: ID!) {
        interactions(where: { initiators: [$z], from: "2025-09-15", to: "2025-09-15" }) {
          totalCount edges { node { id place { id } targets { ... on Actor { id } } mentions { ... on Actor { id } }
            evidence { quote source { id } } } }
        }
        actor(id: $z) { interactions(role: INITIATOR, where: { kinds: [MEETING] }) { edges { node { id } } } }
      }`,
      { z: ZELENSKYY },
    );
    expect(read.data!['interactions']).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: MEETING.id,
            place: { id: 'place:astana' },
            targets: [{ id: TOKAYEV }],
            mentions: [{ id: 'state:kazakhstan' }],
            evidence: [
              { quote: 'Kazakhstan has maintained constructive relations with Ukraine', source: { id: SOURCE } },
            ],
          },
        },
      ],
    });
    expect(read.data!['actor'].interactions.edges).toEqual([{ node: { id: MEETING.id } }]);
  });

  it('changes nothing when the same interaction is recorded again, and updates it in place when it differs', async () => {
    const before = await c.counts();
    const again = await c.edit(RECORD, { input: MEETING });
    expect(again.data!['recordInteraction'].status).toBe('UNCHANGED');
    expect(await c.counts()).toEqual(before);

    const moved = await c.edit(RECORD, { input: { ...MEETING, date: '2025-09-02', mentions: [] } });
    expect(moved.data!['recordInteraction'].status).toBe('UPDATED');
    // One mention fewer, one change log node more: the links were drawn again, not added twice.
    expect(await c.counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships - 1 });
  });

  it.each([
    ['an unknown initiator', { initiators: ['person:nobody'] }, 'NOT_FOUND', 'input.initiators[0]'],
    [
      'an unknown source',
      { evidence: [{ source: 'source:nowhere', quote: 'words' }] },
      'NOT_FOUND',
      'input.evidence[0].source',
    ],
    ['an impossible date', { date: '2025-02-30' }, 'BAD_USER_INPUT', 'input.date'],
    ['an end before the start', { until: '2025-08' }, 'BAD_USER_INPUT', 'input.until'],
    ['no evidence', { evidence: [] }, 'BAD_USER_INPUT', 'input.evidence'],
    ['a place as initiator', { initiators: ['place:astana'] }, 'BAD_USER_INPUT', 'input.initiators[0]'],
    ['a malformed id', { id: 'interaction:Not Valid' }, 'BAD_USER_INPUT', 'input.id'],
  ])('refuses %s, naming the field, and changes nothing', async (_case, change, code, argument) => {
    const before = await c.counts();
    const response = await c.edit(RECORD, { input: { ...MEETING, id: 'interaction:2025-09-03-refused', ...change } });
    expect(refusal(response)).toEqual({ code, argument });
    expect(await c.counts()).toEqual(before);
  });

  it('deletes an interaction with its links but not the actors, places or sources it linked', async () => {
    const before = await c.counts();
    const deleted = await c.edit(DELETE, { id: MEETING.id });
    // initiator, target, place and evidence: four links.
    expect(deleted.data!['deleteInteraction']).toEqual({
      id: MEETING.id,
      deletedLinks: 4,
      change: { operation: 'DELETE_INTERACTION', targetIds: [MEETING.id] },
    });
    expect(await c.counts()).toEqual({ nodes: before.nodes, relationships: before.relationships - 4 });
    const gone = await c.api.graphql('query ($id: ID!) { interaction(id: $id) { id } }', { id: MEETING.id });
    expect(gone.data!['interaction']).toBeNull();

    const twice = await c.edit(DELETE, { id: MEETING.id });
    expect(refusal(twice)).toEqual({ code: 'NOT_FOUND', argument: 'id' });
    expect(await c.counts()).toEqual({ nodes: before.nodes, relationships: before.relationships - 4 });
  });

  it('adds a relation that then shows in Actor.relations, once however often it is written', async () => {
    const input = {
      type: 'MEMBER_OF',
      subject: 'state:kazakhstan',
      object: 'org:united-nations',
      from: '1992',
      evidence: [{ source: SOURCE, quote: 'That diplomatic balance was on display again' }],
    };
    const added = await c.edit(UPSERT_RELATION, { input });
    expect(added.errors).toBeUndefined();
    const id = 'relation:member_of:state:kazakhstan:org:united-nations:1992';
    expect(added.data!['upsertRelation']).toEqual({
      status: 'CREATED',
      relation: {
        id,
        type: 'MEMBER_OF',
        role: null,
        subject: { id: 'state:kazakhstan' },
        object: { id: 'org:united-nations' },
      },
    });
    const before = await c.counts();
    expect((await c.edit(UPSERT_RELATION, { input })).data!['upsertRelation'].status).toBe('UNCHANGED');
    expect(await c.counts()).toEqual(before);
    const read = await c.api.graphql(
      '{ actor(id: "state:kazakhstan") { relations(types: [MEMBER_OF]) { id evidence { quote } } } }',
    );
    expect(read.data!['actor'].relations).toEqual([
      { id, evidence: [{ quote: 'That diplomatic balance was on display again' }] },
    ]);
  });

  it('refuses a relation whose endpoints are the wrong way round, changing nothing', async () => {
    const before = await c.counts();
    const response = await c.edit(UPSERT_RELATION, {
      input: {
        type: 'LEADS',
        subject: 'state:ukraine',
        object: ZELENSKYY,
        evidence: [{ source: SOURCE, quote: 'words' }],
      },
    });
    expect(refusal(response)).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.subject' });
    expect(await c.counts()).toEqual(before);
  });
});
