import { Neo4jService } from '@actorgraph/neo4j';
import type { Driver } from 'neo4j-driver';
import { clearGraph, createTestApiKey, startTestApi, testDriver, type TestApi } from '../support/test-api';
import { startRedis } from './redis-server';

// More than one API process over one Neo4j: read-your-writes with bookmarks, and one rate limit through Redis.

const UPSERT_ACTOR = `mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status } }`;
const ACTOR = `query ($id: ID!) { actor(id: $id) { id name } }`;
const PAGE = `{ interactions(first: 200) { totalCount edges { node { id kind date summary dateStart dateEnd } } } }`;

async function post(api: TestApi, query: string, variables: unknown, headers: Record<string, string>) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { bookmark: response.headers.get('x-neo4j-bookmark'), body: (await response.json()) as any };
}

/** Every session a process's Neo4j service opens (both lanes' drivers), with the bookmarks it was given. */
function sessionsOf(api: TestApi): { bookmarks?: unknown }[] {
  const service = api.app.get(Neo4jService, { strict: false }) as unknown as {
    lanes: Record<string, { driver: { session: (config: object) => unknown } }>;
  };
  const seen: { bookmarks?: unknown }[] = [];
  for (const lane of Object.values(service.lanes)) {
    const open = lane.driver.session.bind(lane.driver);
    jest.spyOn(lane.driver, 'session').mockImplementation((config: object) => {
      seen.push(config as { bookmarks?: unknown });
      return open(config);
    });
  }
  return seen;
}

describe('two API processes over one Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
  });

  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("hands a write's bookmark from one process's answer to the other process's read session", async () => {
    const [a, b] = [await startTestApi(), await startTestApi()];
    try {
      const editor = { authorization: `Bearer ${await createTestApiKey(driver, 'editor')}` };
      const written = await post(
        a,
        UPSERT_ACTOR,
        { input: { id: 'person:bookmarked', kind: 'PERSON', name: 'Bookmarked' } },
        editor,
      );
      expect(written.body.errors).toBeUndefined();
      expect(written.bookmark).toMatch(/^FB:/);
      // A read answers with no bookmark of its own.
      expect((await post(b, ACTOR, { id: 'person:bookmarked' }, {})).bookmark).toBeNull();

      const sessions = sessionsOf(b);
      const read = await post(b, ACTOR, { id: 'person:bookmarked' }, { 'x-neo4j-bookmark': written.bookmark! });
      expect(read.body.data.actor).toEqual({ id: 'person:bookmarked', name: 'Bookmarked' });
      expect(sessions.map((s) => s.bookmarks)).toContainEqual([written.bookmark]);
      // The bookmark really reaches Neo4j: one it never issued is refused, not ignored.
      const forged = await post(b, ACTOR, { id: 'person:bookmarked' }, { 'x-neo4j-bookmark': 'FB:not-a-bookmark' });
      expect(forged.body.data?.actor ?? null).toBeNull();
      expect(forged.body.errors?.length).toBeGreaterThan(0);
    } finally {
      jest.restoreAllMocks();
      await a.close();
      await b.close();
    }
  });

  it('counts one allowance of cost units across both processes through Redis', async () => {
    const redis = await startRedis();
    // 50,000 units a minute (the least allowed), shared by both processes.
    const env = { REDIS_URL: redis.url, RATE_LIMIT_COST_PER_MINUTE: '50000' };
    const [a, b] = [await startTestApi(env), await startTestApi(env)];
    try {
      const reader = { authorization: `Bearer ${await createTestApiKey(driver, 'reader')}` };
      // Alternately through A and B until one refuses: it refuses while its own spend would still fit its
      // allowance had it counted alone (the units spent through the other process counted too).
      const own = new Map<TestApi, number>([
        [a, 0],
        [b, 0],
      ]);
      let refused: { by: TestApi; extensions: { cost: number; remaining: number } } | null = null;
      for (let n = 0; n < 500 && !refused; n += 1) {
        const api = n % 2 ? b : a;
        const answer = await post(api, PAGE, {}, reader);
        const error = answer.body.errors?.[0];
        if (error?.extensions?.code === 'RATE_LIMITED') refused = { by: api, extensions: error.extensions };
        else if (error) throw new Error(JSON.stringify(error));
        else own.set(api, own.get(api)! + 1);
      }
      expect(refused).not.toBeNull();
      const { cost, remaining } = refused!.extensions;
      expect(remaining).toBeLessThan(cost);
      expect(own.get(a)! + own.get(b)!).toBeGreaterThan(2);
      expect((own.get(refused!.by)! + 1) * cost).toBeLessThanOrEqual(50_000);
    } finally {
      await a.close();
      await b.close();
      await redis.stop();
    }
  });
});
