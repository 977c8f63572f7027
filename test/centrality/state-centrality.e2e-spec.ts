import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

interface Score {
  actor: { id: string };
  score: number;
  rank: number;
  windows?: { period: string; score: number; rank: number | null }[] | null;
}

interface StateDyad {
  source: { id: string };
  target: { id: string };
  count: number;
  modes: string[];
}

// centrality(level: STATE) (issue 16 item 4): graphology over the network of dyads(level: STATE).
describe('centrality at the STATE level', () => {
  let api: TestApi;
  let driver: Driver;

  const scores = async (args: string) => {
    const { data, errors } = await api.graphql<{ centrality: Score[] }>(
      `{ centrality(${args}) { actor { id } score rank windows { period score rank } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.centrality;
  };

  /** The directed state-level dyads of a filter, as a graphology graph weighted by interaction count. */
  const stateGraph = async (where: string) => {
    const { data, errors } = await api.graphql<{ dyads: StateDyad[] }>(
      `{ dyads(level: STATE, links: { coParticipation: false }${where}, first: 500) {
           source { id } target { id } count modes } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.dyads.length).toBeLessThan(500);
    const graph = new DirectedGraph<object, { weight: number }>();
    for (const dyad of data!.dyads) {
      expect(dyad.modes).toEqual(['DIRECTED']);
      graph.mergeNode(dyad.source.id);
      graph.mergeNode(dyad.target.id);
      graph.addDirectedEdge(dyad.source.id, dyad.target.id, { weight: dyad.count });
    }
    return graph;
  };

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  for (const where of ['', ', where: { from: "2022", to: "2022" }']) {
    it(`equals graphology over the state-level dyads${where ? ' of 2022' : ''}: DEGREE and PAGERANK`, async () => {
      const graph = await stateGraph(where);
      expect(graph.order).toBeGreaterThan(1);
      const degree = await scores(
        `metric: DEGREE, level: STATE, links: { coParticipation: false }${where}, first: 500`,
      );
      expect(new Map(degree.map((s) => [s.actor.id, s.score]))).toEqual(
        new Map(
          graph
            .mapNodes((node) => [node, graph.reduceEdges(node, (sum, _e, a) => sum + a.weight, 0)] as const)
            .filter(([, weight]) => weight > 0),
        ),
      );
      const rank = await scores(
        `metric: PAGERANK, level: STATE, links: { coParticipation: false }${where}, first: 500`,
      );
      const expected = pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 });
      expect(rank).toHaveLength(graph.order);
      for (const { actor, score } of rank) expect(score).toBeCloseTo(expected[actor.id]!, 9);
    });
  }

  it('counts a minister for the state: a state-level network differs from the actor-level one', async () => {
    const actors = await scores('metric: DEGREE, first: 500');
    const states = await scores('metric: DEGREE, level: STATE, first: 500');
    expect(states.length).toBeLessThan(actors.length);
    expect(states.some((s) => s.actor.id.startsWith('state:'))).toBe(true);
  });

  it('splits the network of dyads(level: STATE) into communities at the STATE level', async () => {
    const { data, errors } = await api.graphql<{
      dyads: StateDyad[];
      communities: { actorCount: number; linkCount: number; communities: { memberIds: string[] }[] };
    }>(
      `{ dyads(level: STATE, first: 500) { source { id } target { id } count modes }
         communities(level: STATE, first: 500) { actorCount linkCount communities { memberIds } } }`,
    );
    expect(errors).toBeUndefined();
    const endpoints = new Set(data!.dyads.flatMap((d) => [d.source.id, d.target.id]));
    const members = data!.communities.communities.flatMap((c) => c.memberIds);
    expect(data!.communities.actorCount).toBe(endpoints.size);
    expect(new Set(members)).toEqual(endpoints);
    expect(members).toHaveLength(endpoints.size);
    expect(data!.communities.linkCount).toBe(data!.dyads.reduce((sum, d) => sum + d.modes.length, 0));
  });

  it('windows at the STATE level equal the plain state-level centrality of each year', async () => {
    const windowed = await scores('metric: DEGREE, level: STATE, window: { from: "2022", to: "2025", step: YEAR }');
    expect(windowed.length).toBeGreaterThan(0);
    for (const [k, year] of ['2022', '2023', '2024', '2025'].entries()) {
      const plain = new Map(
        (await scores(`metric: DEGREE, level: STATE, where: { from: "${year}", to: "${year}" }, first: 500`)).map(
          (s) => [s.actor.id, s],
        ),
      );
      for (const actor of windowed) {
        expect(actor.windows![k]).toEqual({
          period: year,
          score: plain.get(actor.actor.id)?.score ?? 0,
          rank: plain.get(actor.actor.id)?.rank ?? null,
        });
      }
    }
  });
  // Last: it changes the data. A standing relation decides which state an actor counts for, and changing one leaves
  // the who-spoke-to-whom network (and its version) as it was: a result reused by that version alone went stale.
  it('follows a changed standing relation: an organization that now counts for its state is no node of its own', async () => {
    const ORG = 'org:kazakh-public-organizations';
    const before = await scores('metric: DEGREE, level: STATE, links: { coParticipation: false }, first: 500');
    expect(before.map((s) => s.actor.id)).toContain(ORG);
    const editor = { authorization: `Bearer ${await createTestApiKey(driver, 'editor')}` };
    const evidence = [
      {
        source: 'source:kazakhstan-ukraine-2025',
        quote:
          'Public organizations and the Assembly of the People of Kazakhstan condemned the remarks, accusing Vrublevsky of inciting interethnic hatred.',
      },
    ];
    const written = await api.graphql(
      'mutation ($input: UpsertRelationInput!) { upsertRelation(input: $input) { status } }',
      { input: { type: 'NATIONAL_OF', subject: ORG, object: 'state:kazakhstan', from: '2000', evidence } },
      editor,
    );
    expect(written.errors).toBeUndefined();
    const after = await scores('metric: DEGREE, level: STATE, links: { coParticipation: false }, first: 500');
    expect(after.map((s) => s.actor.id)).not.toContain(ORG);
    const graph = await stateGraph('');
    expect(new Map(after.map((s) => [s.actor.id, s.score]))).toEqual(
      new Map(
        graph
          .mapNodes((node) => [node, graph.reduceEdges(node, (sum, _e, a) => sum + a.weight, 0)] as const)
          .filter(([, weight]) => weight > 0),
      ),
    );
  });
});
