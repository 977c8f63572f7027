import { COMPUTATION_LIMITS } from '@actorgraph/graph';
import { NetworkComputations } from '@actorgraph/network';
import { DirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { recordTokayevCall, refusal, startCurationApi, type CurationApi } from '../curation/curation-api';
import { stopTestApi } from '../support/test-api';

interface Score {
  actor: { id: string };
  score: number;
  rank: number;
}

interface Link {
  source: string;
  target: string;
  weight: number;
  undirected: boolean;
}

/**
 * The who-spoke-to-whom network of the whole graph by a plain scan written here, independent of the API's Cypher:
 * initiator → target actor, and co-initiators of an event without target (undirected, lower id first).
 */
const SCAN = `
MATCH (s:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(t:Actor) WHERE s <> t
RETURN s.id AS source, t.id AS target, count(DISTINCT i) AS weight, false AS undirected
UNION ALL
MATCH (s:Actor)-[:INITIATED]->(i:Interaction)<-[:INITIATED]-(t:Actor)
WHERE s.id < t.id AND NOT EXISTS { (i)-[:DIRECTED_AT]->() }
RETURN s.id AS source, t.id AS target, count(DISTINCT i) AS weight, true AS undirected`;

/** graphology over the scanned links: an undirected link is an arc each way (weights summed per arc). */
function directed(links: Link[]): DirectedGraph {
  const graph = new DirectedGraph();
  const arc = (s: string, t: string, w: number) => {
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.updateDirectedEdge(s, t, (attributes) => ({ weight: (attributes['weight'] ?? 0) + w }));
  };
  for (const { source, target, weight, undirected } of links) {
    arc(source, target, weight);
    if (undirected) arc(target, source, weight);
  }
  return graph;
}

describe('centrality and communities over the network, computed in a worker and reused until the data changes', () => {
  let c: CurationApi;
  let computations: NetworkComputations;

  const ask = async <T>(query: string): Promise<T> => {
    const { data, errors } = await c.api.graphql<T>(query);
    expect(errors).toBeUndefined();
    return data!;
  };
  const ranking = async (metric: string, args = '') =>
    (
      await ask<{ centrality: Score[] }>(
        `{ centrality(metric: ${metric}, first: 500${args}) { actor { id } score rank } }`,
      )
    ).centrality;
  const scanned = async (): Promise<Link[]> => {
    const { records } = await c.driver.executeQuery(SCAN);
    return records.map((r) => ({ ...(r.toObject() as Link), weight: Number(r.get('weight')) }));
  };
  const expectScores = (scores: Score[], expected: Record<string, number>) => {
    expect(scores.map((s) => s.actor.id).sort()).toEqual(Object.keys(expected).sort());
    for (const s of scores) expect(s.score).toBeCloseTo(expected[s.actor.id]!, 9);
  };

  beforeAll(async () => {
    c = await startCurationApi();
    computations = c.api.app.get(NetworkComputations, { strict: false });
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  it('gives the scores graphology gives on the scanned network: degree, PageRank and exact betweenness', async () => {
    const links = await scanned();
    const graph = directed(links);
    const degree: Record<string, number> = {};
    for (const { source, target, weight } of links) {
      degree[source] = (degree[source] ?? 0) + weight;
      degree[target] = (degree[target] ?? 0) + weight;
    }
    expectScores(await ranking('DEGREE'), degree);
    expectScores(
      await ranking('PAGERANK'),
      pagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-12, maxIterations: 1000 }),
    );
    expectScores(await ranking('BETWEENNESS'), betweenness(graph, { getEdgeWeight: null }));
  });

  it('gives the same answer from the projection (whole years, kinds) as from a scan of the interactions', async () => {
    // A window of whole years is read from the projection; one starting on the 2nd of a month is scanned.
    for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS']) {
      const projected = await ranking(
        metric,
        ', where: { from: "2022", to: "2025", kinds: [CALL, STATEMENT, SUMMONS] }',
      );
      const scannedToo = await ranking(
        metric,
        ', where: { from: "2021-12-02", to: "2025", kinds: [CALL, STATEMENT, SUMMONS] }',
      );
      expect(projected.length).toBeGreaterThan(3);
      expect(scannedToo).toEqual(projected);
    }
  });

  it('reuses a computed result until a write changes the data, then computes again', async () => {
    const before = { ...computations.workerStats };
    const first = await ranking('PAGERANK');
    const again = await ranking('PAGERANK');
    expect(again).toEqual(first);
    // At most one computation for the two requests (none if the previous test already computed it).
    expect(computations.workerStats.completed - before.completed).toBeLessThanOrEqual(1);
    const hits = computations.cache.stats.hits;
    await ranking('PAGERANK');
    expect(computations.cache.stats.hits).toBe(hits + 1);

    await recordTokayevCall(c, 'interaction:2025-09-02-tokayev-calls-stubb', '2025-09-02');
    const completed = computations.workerStats.completed;
    const after = await ranking('PAGERANK');
    expect(computations.workerStats.completed).toBe(completed + 1);
    expect(after).not.toEqual(first);
    expectScores(
      after,
      pagerank(directed(await scanned()), { getEdgeWeight: 'weight', tolerance: 1e-12, maxIterations: 1000 }),
    );
  });

  it('shares one computation between identical requests in flight', async () => {
    const completed = computations.workerStats.completed;
    const answers = await Promise.all(
      [1, 2, 3].map(() => ranking('BETWEENNESS', ', where: { kinds: [CALL, STATEMENT] }')),
    );
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(computations.workerStats.completed).toBe(completed + 1);
  });

  it('refuses a computation that would take too long before reading the network, with a hint', async () => {
    const completed = computations.workerStats.completed;
    const misses = computations.cache.stats.misses;
    computations.limits = { ...COMPUTATION_LIMITS, maxMs: 0, exactBetweennessMs: 0, minPivots: 1_000_000 };
    try {
      for (const metric of ['PAGERANK', 'BETWEENNESS']) {
        const response = await c.api.graphql(`{ centrality(metric: ${metric}, where: { kinds: [CALL] }) { rank } }`);
        expect(refusal(response)).toEqual({ code: 'LIMIT_EXCEEDED', argument: 'where' });
        expect(response.errors![0]!.message).toMatch(/would take about|sample would take.*narrow/);
      }
      const communities = await c.api.graphql(`{ communities(where: { kinds: [CALL] }) { communityCount } }`);
      expect(refusal(communities)).toEqual({ code: 'LIMIT_EXCEEDED', argument: 'where' });
    } finally {
      computations.limits = COMPUTATION_LIMITS;
    }
    // Nothing ran: no job reached a worker.
    expect(computations.workerStats.completed).toBe(completed);
    expect(computations.cache.stats.misses).toBe(misses + 3);
  });

  it('splits the network into communities that cover every actor once, with their internal and external weights', async () => {
    const links = await scanned();
    const { communities } = await ask<{ communities: any }>(
      `{ communities(first: 500) { actorCount linkCount communityCount modularity
           communities { number size memberIds internalWeight externalWeight members(first: 500) { id } } } }`,
    );
    const actors = new Set(links.flatMap((l) => [l.source, l.target]));
    const members: string[] = communities.communities.flatMap((x: any) => x.memberIds);
    expect(members.sort()).toEqual([...actors].sort());
    expect(communities).toMatchObject({ actorCount: actors.size, communityCount: communities.communities.length });
    expect(communities.modularity).toBeGreaterThan(0);
    // Every link is inside one community or across two: internal + half of external = the total weight.
    const total = links.reduce((sum, l) => sum + l.weight, 0);
    const inside = communities.communities.reduce((sum: number, x: any) => sum + x.internalWeight, 0);
    const across = communities.communities.reduce((sum: number, x: any) => sum + x.externalWeight, 0);
    expect(inside + across / 2).toBe(total);
    for (const community of communities.communities) {
      expect(community.members.map((m: any) => m.id)).toEqual(community.memberIds);
      expect(community.size).toBe(community.memberIds.length);
    }
    // The same data gives the same partition.
    const again = await ask<{ communities: any }>(`{ communities(first: 500) { communities { memberIds } } }`);
    expect(again.communities.communities.map((x: any) => x.memberIds)).toEqual(
      communities.communities.map((x: any) => x.memberIds),
    );
  });
});
