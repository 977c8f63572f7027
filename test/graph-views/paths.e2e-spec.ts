import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const VRUBLEVSKY = 'person:petr-vrublevsky';
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const PATH_FIELDS = 'length steps { node { id label type kind date } via { type direction role negated quote } }';

describe('paths', () => {
  let api: TestApi;
  let driver: Driver;

  async function paths(args: string): Promise<any[]> {
    const response = await api.graphql(`{ paths(${args}) { ${PATH_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    return response.data!['paths'];
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('finds the envoy-to-president chain Vrublevsky → Ukraine ← Zelenskyy in 2 hops', async () => {
    const found = await paths(`fromId: "${VRUBLEVSKY}", toId: "${ZELENSKYY}", links: { mentions: true }`);
    expect(found).toHaveLength(5);
    expect(found.map((p) => p.length)).toEqual([...found.map((p) => p.length)].sort());
    const [shortest] = found;
    expect(shortest.length).toBe(2);
    expect(shortest.steps.map((s: any) => [s.node.id, s.via?.type ?? null, s.via?.direction ?? null])).toEqual([
      [VRUBLEVSKY, null, null],
      ['state:ukraine', 'REPRESENTS', 'FORWARD'],
      [ZELENSKYY, 'LEADS', 'BACKWARD'],
    ]);
    expect(shortest.steps[1].via).toMatchObject({ role: 'Ambassador', negated: false });
    expect(shortest.steps[2].via.role).toBe('President');
    expect(shortest.steps[1].node).toMatchObject({ label: 'Ukraine', type: 'ACTOR', kind: 'STATE' });
    expect(found.slice(1).every((p) => p.length === 3)).toBe(true);
  });

  it('walks through an interaction as two hops, and applies `where` to the interactions on the way', async () => {
    // Only between participants the interaction links (initiator and target here): two actors an interaction
    // merely mentions (Tokayev's office's statement, Shibutov's comment) are not linked through it.
    const direct = await paths(`fromId: "${TOKAYEV}", toId: "${ZELENSKYY}", maxHops: 2, limit: 25`);
    expect(direct.map((p) => p.steps[1].node.id).sort()).toEqual([
      'interaction:2025-08-10-tokayev-reaffirms-interest-in-lasting-peace',
      'interaction:2025-08-10-zelenskyy-calls-tokayev',
      'interaction:2025-08-10-zelenskyy-emphasizes-european-support',
    ]);

    const calls = await paths(`fromId: "${TOKAYEV}", toId: "${ZELENSKYY}", maxHops: 2, where: { kinds: [CALL] }`);
    expect(calls).toHaveLength(1);
    expect(calls[0].length).toBe(2);
    expect(
      calls[0].steps.map((s: any) => [s.node.id, s.node.type, s.via?.type ?? null, s.via?.direction ?? null]),
    ).toEqual([
      [TOKAYEV, 'ACTOR', null, null],
      ['interaction:2025-08-10-zelenskyy-calls-tokayev', 'INTERACTION', 'DIRECTED_AT', 'BACKWARD'],
      [ZELENSKYY, 'ACTOR', 'INITIATED', 'BACKWARD'],
    ]);
    expect(calls[0].steps[1].node).toMatchObject({ kind: 'CALL', date: '2025-08-10' });
  });

  it('leaves mentions out unless asked: Vrublevsky reaches Tokayev through the Foreign Ministry’s summons', async () => {
    const withoutMentions = await paths(`fromId: "${VRUBLEVSKY}", toId: "${TOKAYEV}", maxHops: 6, limit: 25`);
    expect(withoutMentions.every((p) => p.steps.every((s: any) => s.via?.type !== 'MENTIONS'))).toBe(true);
    expect(withoutMentions[0].length).toBe(4);
    const summons = withoutMentions.find((p) =>
      p.steps.some((s: any) => s.node.id === 'interaction:2022-08-vrublevsky-summoned-to-kazakh-foreign-ministry'),
    );
    expect(summons.steps.map((s: any) => [s.node.id, s.via?.type ?? null])).toEqual([
      [VRUBLEVSKY, null],
      ['interaction:2022-08-vrublevsky-summoned-to-kazakh-foreign-ministry', 'DIRECTED_AT'],
      ['org:kazakhstan-foreign-ministry', 'INITIATED'],
      ['state:kazakhstan', 'PART_OF'],
      [TOKAYEV, 'LEADS'],
    ]);

    const withMentions = await paths(`fromId: "${VRUBLEVSKY}", toId: "${TOKAYEV}", links: { mentions: true }`);
    expect(withMentions[0].length).toBe(3);
    expect(withMentions[0].steps.some((s: any) => s.via?.type === 'MENTIONS')).toBe(true);
  });

  it('links the co-initiators of a meeting without target, unless co-participation is turned off', async () => {
    const trump = 'person:donald-trump';
    const putin = 'person:vladimir-putin';
    const met = await paths(`fromId: "${trump}", toId: "${putin}", maxHops: 2`);
    expect(met.map((p) => p.steps[1].node.id)).toEqual(['interaction:2025-08-trump-putin-meeting-in-alaska']);
    expect(await paths(`fromId: "${trump}", toId: "${putin}", maxHops: 2, links: { coParticipation: false }`)).toEqual(
      [],
    );
  });

  it('returns no path when none is short enough', async () => {
    expect(await paths(`fromId: "${VRUBLEVSKY}", toId: "${ZELENSKYY}", maxHops: 1`)).toEqual([]);
  });

  it('refuses maxHops: 7 with LIMIT_EXCEEDED naming maxHops', async () => {
    const response = await api.graphql(
      `{ paths(fromId: "${VRUBLEVSKY}", toId: "${ZELENSKYY}", maxHops: 7) { length } }`,
    );
    expect(response.status).toBe(200);
    expect(response.errors?.[0]).toMatchObject({
      message: 'maxHops must be between 1 and 6; got 7',
      extensions: { code: 'LIMIT_EXCEEDED', argument: 'maxHops' },
    });
  });

  it('answers NOT_FOUND naming the unknown argument, never a 500', async () => {
    const from = await api.graphql(`{ paths(fromId: "person:nobody", toId: "${ZELENSKYY}") { length } }`);
    expect(from.status).toBe(200);
    expect(from.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'fromId' } });
    expect(from.errors?.[0]?.message).toContain('person:nobody');
    const to = await api.graphql(`{ paths(fromId: "${VRUBLEVSKY}", toId: "state:atlantis") { length } }`);
    expect(to.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'toId' } });
  });
});
