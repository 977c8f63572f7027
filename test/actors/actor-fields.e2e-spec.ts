import { Neo4jService } from '@actorgraph/neo4j';
import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const VRUBLEVSKY = 'person:petr-vrublevsky';
const VARIABLE_TYPES: Record<string, string> = { first: 'Int', after: 'String', at: 'String' };

describe("an actor's nested fields: interactions, counterparts, relations, timeline", () => {
  let api: TestApi;
  let driver: Driver;

  /** One field of one actor, failing loudly on any error. */
  async function actorField(id: string, selection: string, variables: Record<string, unknown> = {}): Promise<any> {
    const declared = Object.keys(variables)
      .map((name) => `, $${name}: ${VARIABLE_TYPES[name]}`)
      .join('');
    const response = await api.graphql(`query ($id: ID!${declared}) { actor(id: $id) { ${selection} } }`, {
      id,
      ...variables,
    });
    expect(response.errors).toBeUndefined();
    return response.data!['actor'];
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it("lists exactly Zelenskyy's seven calls of 2025-08-09 as initiator", async () => {
    const actor = await actorField(
      ZELENSKYY,
      `interactions(role: INITIATOR, where: { from: "2025-08-09", to: "2025-08-09" }) {
        totalCount edges { node { kind date targets { ... on Actor { name } } } }
      }`,
    );
    const nodes = actor.interactions.edges.map((e: any) => e.node);
    expect(actor.interactions.totalCount).toBe(7);
    expect(nodes.every((n: any) => n.kind === 'CALL' && n.date === '2025-08-09')).toBe(true);
    expect(
      nodes
        .map((n: any) => n.targets.map((t: any) => t.name))
        .flat()
        .sort(),
    ).toEqual([
      'Alexander Stubb',
      'Donald Tusk',
      'Emmanuel Macron',
      'Giorgia Meloni',
      'Keir Starmer',
      'Pedro Sánchez',
      'Ursula von der Leyen',
    ]);
  });

  it('finds what was directed at Tokayev with role TARGET, and nothing he initiated', async () => {
    const actor = await actorField(
      TOKAYEV,
      `interactions(role: TARGET) { totalCount edges { node { id initiators { id } targets { ... on Actor { id } } } } }`,
    );
    const ids = actor.interactions.edges.map((e: any) => e.node.id).sort();
    expect(ids).toEqual([
      'interaction:2025-08-10-zelenskyy-calls-tokayev',
      'interaction:2025-08-10-zelenskyy-emphasizes-european-support',
    ]);
    for (const { node } of actor.interactions.edges) {
      expect(node.targets.map((t: any) => t.id)).toContain(TOKAYEV);
      expect(node.initiators.map((a: any) => a.id)).not.toContain(TOKAYEV);
    }
  });

  it('counts mentions under ANY (the default) but not under INITIATOR or TARGET', async () => {
    const actor = await actorField(
      ZELENSKYY,
      `any: interactions { totalCount } initiator: interactions(role: INITIATOR) { totalCount }
       target: interactions(role: TARGET) { totalCount }`,
    );
    expect(actor.any.totalCount).toBeGreaterThan(actor.initiator.totalCount + actor.target.totalCount);
    const mentioned = await api.graphql(`{
      interactions(where: { participants: ["${ZELENSKYY}"] }, first: 500) { totalCount }
    }`);
    expect(actor.any.totalCount).toBe(mentioned.data!['interactions'].totalCount);
  });

  it('pages through all of Zelenskyy’s interactions, latest first, without repeats or gaps', async () => {
    const all = await actorField(ZELENSKYY, `interactions(first: 500) { totalCount edges { node { id } } }`);
    const seen: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const actor = await actorField(
        ZELENSKYY,
        `interactions(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id dateStart } }
        }`,
        { first: 4, after },
      );
      expect(actor.interactions.totalCount).toBe(all.interactions.totalCount);
      seen.push(...actor.interactions.edges.map((e: any) => e.node.id));
      dates.push(...actor.interactions.edges.map((e: any) => e.node.dateStart));
      if (!actor.interactions.pageInfo.hasNextPage) break;
      after = actor.interactions.pageInfo.endCursor;
    }
    expect(seen.length).toBe(all.interactions.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.interactions.edges.map((e: any) => e.node.id));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('names Tokayev among Zelenskyy’s counterparts, with their shared interactions', async () => {
    const actor = await actorField(ZELENSKYY, `counterparts { actor { id name } count kinds first last }`);
    const tokayev = actor.counterparts.find((c: any) => c.actor.id === TOKAYEV);
    expect(tokayev).toEqual({
      actor: { id: TOKAYEV, name: 'Kassym-Jomart Tokayev' },
      count: 3,
      kinds: ['CALL', 'STATEMENT'],
      first: '2025-08-10',
      last: '2025-08-10',
    });
    const counts = actor.counterparts.map((c: any) => c.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(actor.counterparts[0]).toMatchObject({ actor: { id: TOKAYEV } });
    expect(actor.counterparts.map((c: any) => c.actor.id)).not.toContain(ZELENSKYY);
  });

  it('limits and filters counterparts', async () => {
    const actor = await actorField(
      ZELENSKYY,
      `top: counterparts(first: 1) { actor { id } }
       calls: counterparts(where: { kinds: [CALL] }) { actor { id } count kinds }`,
    );
    expect(actor.top).toEqual([{ actor: { id: TOKAYEV } }]);
    expect(actor.calls).toHaveLength(10);
    expect(actor.calls.every((c: any) => c.count === 1 && c.kinds.join() === 'CALL')).toBe(true);
  });

  it("shows Vrublevsky representing Ukraine as ambassador, with the article's words", async () => {
    const actor = await actorField(
      VRUBLEVSKY,
      `relations {
        id type role negated from to
        subject { ... on Actor { id } } object { ... on Actor { id name } }
        accreditedTo { id } evidence { quote source { id } }
      }`,
    );
    const represents = actor.relations.find((r: any) => r.type === 'REPRESENTS');
    expect(represents).toMatchObject({
      type: 'REPRESENTS',
      role: 'Ambassador',
      negated: false,
      from: null,
      to: '2022',
      subject: { id: VRUBLEVSKY },
      object: { id: 'state:ukraine', name: 'Ukraine' },
      accreditedTo: { id: 'state:kazakhstan' },
    });
    expect(represents.evidence).toContainEqual({
      quote: 'Ukraine’s then-ambassador to Kazakhstan, Petr Vrublevsky',
      source: { id: 'source:kazakhstan-ukraine-2025' },
    });
  });

  it('keeps a relation on a date within it and drops it on a date after its end', async () => {
    const during = await actorField(VRUBLEVSKY, `relations(types: [REPRESENTS], at: $at) { type }`, {
      at: '2022-08',
    });
    const after = await actorField(VRUBLEVSKY, `relations(types: [REPRESENTS], at: $at) { type }`, {
      at: '2023-01-15',
    });
    expect(during.relations).toEqual([{ type: 'REPRESENTS' }]);
    expect(after.relations).toEqual([]);
  });

  it('finds relations where the actor is the object, and only the types asked for', async () => {
    const ukraine = await actorField(
      'state:ukraine',
      `relations(types: [REPRESENTS]) { type subject { ... on Actor { id } } }`,
    );
    expect(ukraine.relations).toContainEqual({ type: 'REPRESENTS', subject: { id: VRUBLEVSKY } });
    expect(ukraine.relations.every((r: any) => r.type === 'REPRESENTS')).toBe(true);
  });

  it('refuses a malformed `at` with BAD_USER_INPUT naming it', async () => {
    const response = await api.graphql(`{ actor(id: "${VRUBLEVSKY}") { relations(at: "2022-13") { id } } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'at' } });
    expect(response.errors?.[0]?.message).toMatch(/^at: /);
  });

  it("orders Zelenskyy's timeline oldest first, every role included", async () => {
    const actor = await actorField(ZELENSKYY, `timeline { id dateStart } interactions(first: 500) { totalCount }`);
    const starts = actor.timeline.map((i: any) => i.dateStart);
    expect(starts).toEqual([...starts].sort());
    expect(actor.timeline).toHaveLength(actor.interactions.totalCount);
    expect(actor.timeline.at(-1).dateStart >= '2025-08-10').toBe(true);
  });

  it('filters the timeline like interactions', async () => {
    const actor = await actorField(ZELENSKYY, `timeline(where: { kinds: [CALL], to: "2025-08-09" }) { kind date }`);
    expect(actor.timeline).toHaveLength(7);
    expect(actor.timeline.every((i: any) => i.kind === 'CALL' && i.date === '2025-08-09')).toBe(true);
  });

  it.each([50, 10])('answers all four fields over %i actors in 5 round trips to Neo4j', async (first) => {
    const neo4j = api.app.get(Neo4jService);
    const before = neo4j.transactionCount;
    const response = await api.graphql(`{
      actors(first: ${first}) { totalCount edges { node {
        interactions(first: 5) { totalCount } counterparts(first: 3) { count } relations { type } timeline { id }
      } } }
    }`);
    const roundTrips = neo4j.transactionCount - before;
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data!['actors'];
    expect(edges).toHaveLength(Math.min(first, totalCount));
    expect(roundTrips).toBe(5);
  });
});
