import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';
import { centralityRequests } from './centrality-requests';

interface Score {
  actor: { id: string; name: string };
  score: number;
  rank: number;
  approximate?: boolean;
}

describe('centrality', () => {
  let api: TestApi;
  let driver: Driver;

  const { ask: centrality, scores } = centralityRequests<Score>(() => api, 'actor { id name } score rank approximate');

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('ranks Zelenskyy first by degree: ten calls and a statement made, one statement received', async () => {
    const [first, second] = await scores('metric: DEGREE, first: 2');
    expect(first).toEqual({
      actor: { id: 'person:volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy' },
      score: 12,
      rank: 1,
      approximate: false,
    });
    expect(second).toMatchObject({ actor: { id: 'state:ukraine' }, score: 10, rank: 2 });
  });

  it('counts only the interactions the filter keeps: calls alone give Zelenskyy his ten calls', async () => {
    const [first, ...rest] = await scores('metric: DEGREE, where: { kinds: [CALL] }');
    expect(first).toMatchObject({ actor: { id: 'person:volodymyr-zelenskyy' }, score: 10, rank: 1 });
    // Each leader he called has degree 1 and shares rank 2; ties are listed by name.
    expect(rest).toHaveLength(10);
    expect(rest.every((s) => s.score === 1 && s.rank === 2)).toBe(true);
    expect(rest.map((s) => s.actor.name)).toEqual(
      [...rest.map((s) => s.actor.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('ranks Vrublevsky first by PageRank: condemned, summoned and recalled, and scores sum to 1', async () => {
    const all = await scores('metric: PAGERANK, links: { coParticipation: false }, first: 500');
    expect(all.slice(0, 3).map((s) => [s.actor.id, s.rank])).toEqual([
      ['person:petr-vrublevsky', 1],
      ['person:kazakh-blogger', 2],
      ['state:ukraine', 3],
    ]);
    expect(all[0]!.score).toBeCloseTo(0.16764, 5);
    expect(all.every((s) => s.score >= 0 && s.score <= 1)).toBe(true);
    expect(all.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 9);
  });

  it('ranks Ukraine first by betweenness, the broker between its ambassador and the rest, scores in [0, 1]', async () => {
    const all = await scores('metric: BETWEENNESS, first: 500');
    // 27 actors take part in a link (25 in directed ones, plus Trump and Putin who met in Alaska): Ukraine lies on
    // 12 of the 26 × 25 shortest paths between the others.
    expect(all).toHaveLength(27);
    expect(all.slice(0, 3).map((s) => s.actor.id)).toEqual([
      'state:ukraine',
      'person:petr-vrublevsky',
      'person:volodymyr-zelenskyy',
    ]);
    expect(all[0]!.score).toBeCloseTo(12 / (26 * 25), 12);
    expect(all.every((s) => s.approximate === false)).toBe(true);
    expect(all.every((s) => s.score >= 0 && s.score <= 1)).toBe(true);
    expect(all.map((s) => s.rank)).toEqual([...all.map((s) => s.rank)].sort((a, b) => a - b));
  });

  it('links the co-initiators of an event without target: Trump and Putin met in Alaska (not without co-participation)', async () => {
    const ids = async (args: string) => (await scores(`metric: DEGREE, first: 500${args}`)).map((s) => s.actor.id);
    expect(await ids('')).toEqual(expect.arrayContaining(['person:donald-trump', 'person:vladimir-putin']));
    expect(await ids(', links: { coParticipation: false }')).not.toContain('person:donald-trump');
  });

  it('answers an empty list when the filter leaves no dyad', async () => {
    for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS']) {
      expect(await scores(`metric: ${metric}, where: { from: "1990", to: "1991" }`)).toEqual([]);
    }
    const { data } = await api.graphql(
      '{ communities(where: { from: "1990", to: "1991" }) { actorCount communityCount } }',
    );
    expect(data?.['communities']).toEqual({ actorCount: 0, communityCount: 0 });
  });

  it('refuses first: 501 naming first, and a bad date naming where.from', async () => {
    const tooMany = await centrality('metric: DEGREE, first: 501');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first' });
    const badDate = await centrality('metric: DEGREE, where: { from: "2025-13" }');
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.from' });
  });
});
