import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, emptyGraphDriver, stopTestApi } from '../support/test-api';
import { startApiProcess, type ApiProcess } from './api-process';
import { startRedis } from './redis-server';

// Two real API processes (`node dist/apps/api/src/main.js` twice) over one Neo4j: read-your-writes with bookmarks,
// and one rate limit through a real Redis.

const UPSERT_ACTOR = `mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status } }`;
const ACTOR = `query ($id: ID!) { actor(id: $id) { id name } }`;
const PAGE = `{ interactions(first: 200) { totalCount edges { node { id kind date summary dateStart dateEnd } } } }`;

function post(api: ApiProcess, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  return api.graphql(query, variables, headers);
}

/** The bookmarks of every Neo4j session a process opened (test/live/record-sessions.js writes them). */
function sessionsIn(file: string): { bookmarks: string[] | null }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { bookmarks: string[] | null });
}

describe('two API processes over one Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await emptyGraphDriver();
  });

  afterAll(() => stopTestApi(undefined, driver));

  it("hands a write's bookmark from one process's answer to the other process's read session", async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'sessions-')), 'sessions.jsonl');
    const recorder = `--require ${join(__dirname, 'record-sessions.js')}`;
    let a: ApiProcess | undefined;
    let b: ApiProcess | undefined;
    try {
      // One after the other: each applies the schema migrations as it starts.
      a = await startApiProcess();
      b = await startApiProcess({ SESSION_LOG: log }, recorder);
      const editor = { authorization: `Bearer ${await createTestApiKey(driver, 'editor')}` };
      const written = await post(
        a!,
        UPSERT_ACTOR,
        { input: { id: 'person:bookmarked', kind: 'PERSON', name: 'Bookmarked' } },
        editor,
      );
      expect(written.body.errors).toBeUndefined();
      expect(written.bookmark).toMatch(/^FB:/);
      // A read answers with no bookmark of its own.
      expect((await post(b!, ACTOR, { id: 'person:bookmarked' }, {})).bookmark).toBeNull();

      const read = await post(b!, ACTOR, { id: 'person:bookmarked' }, { 'x-neo4j-bookmark': written.bookmark! });
      expect(read.body.data.actor).toEqual({ id: 'person:bookmarked', name: 'Bookmarked' });
      // Process B opened a Neo4j session starting after exactly that bookmark.
      expect(sessionsIn(log).map((s) => s.bookmarks)).toContainEqual([written.bookmark]);
      // The bookmark really reaches Neo4j: one it never issued is refused, not ignored.
      const forged = await post(b!, ACTOR, { id: 'person:bookmarked' }, { 'x-neo4j-bookmark': 'FB:not-a-bookmark' });
      expect(forged.body.data?.actor ?? null).toBeNull();
      expect(forged.body.errors?.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([a?.stop(), b?.stop()]);
    }
  });

  it('counts one allowance of cost units across both processes through Redis', async () => {
    const redis = await startRedis();
    // 50,000 units a minute (the least allowed), shared by both processes.
    const env = { REDIS_URL: redis.url, RATE_LIMIT_COST_PER_MINUTE: '50000' };
    let a: ApiProcess | undefined;
    let b: ApiProcess | undefined;
    try {
      // One after the other: each applies the schema migrations as it starts.
      a = await startApiProcess(env);
      b = await startApiProcess(env);
      const reader = { authorization: `Bearer ${await createTestApiKey(driver, 'reader')}` };
      // Alternately through A and B until one refuses: it refuses while its own spend would still fit its
      // allowance had it counted alone (the units spent through the other process counted too).
      const own = new Map<ApiProcess, number>([
        [a, 0],
        [b, 0],
      ]);
      let refused: { by: ApiProcess; extensions: { cost: number; remaining: number } } | null = null;
      for (let n = 0; n < 500 && !refused; n += 1) {
        const api = n % 2 ? b : a;
        const answer = await api.graphql(PAGE, {}, reader);
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
      await Promise.all([a?.stop(), b?.stop()]);
      await redis.stop();
    }
  });
  it('counts one allowance of requests across both processes through Redis', async () => {
    const redis = await startRedis();
    // 4 requests a minute per client, shared: the cost allowance is off so only the request count limits.
    const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '4', RATE_LIMIT_COST_PER_MINUTE: '0' };
    let a: ApiProcess | undefined;
    let b: ApiProcess | undefined;
    try {
      a = await startApiProcess(env);
      b = await startApiProcess(env);
      const codes: (string | null)[] = [];
      for (const api of [a, b, a, b, a, b]) {
        const answer = await api.graphql(PAGE);
        codes.push(answer.body.errors?.[0]?.extensions?.code ?? null);
      }
      // Alone, each process would have allowed all three of its requests.
      expect(codes).toEqual([null, null, null, null, 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await Promise.all([a?.stop(), b?.stop()]);
      await redis.stop();
    }
  });
});
