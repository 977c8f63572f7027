import { Neo4jService } from '@actorgraph/neo4j';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, startTestApi, stopTestApi, type TestApi } from '../support/test-api';

// One request must not slow anyone else: sessions are capped per request and per lane, cheap reads and /health
// have a lane of their own, a wait for a session ends as DATABASE_BUSY, every request has a deadline, answers have
// a size cap, and the rate limit counts cost units.

const HEAVY = '{ interactions(first: 100) { edges { node { id summary } } } }';
const CHEAP = '{ actor(id: "state:ukraine") { name } }';

/** A seeded API with `overrides`, its two queries warmed up, then its one shared session held by someone else. */
async function seededWithSharedSessionHeld(
  overrides: Record<string, string>,
): Promise<{ api: TestApi; driver: Driver; release: () => Promise<void> }> {
  const { api, driver } = await startSeededApi({
    NEO4J_MAX_SESSIONS: '1',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    ...overrides,
  });
  // Warm the queries up while the session is free.
  expect((await api.graphql(HEAVY)).errors).toBeUndefined();
  expect((await api.graphql(CHEAP)).errors).toBeUndefined();
  const { release } = await api.app.get(Neo4jService).openSession('READ');
  return { api, driver, release };
}

/** The heavy requests running and waiting for their turn, from /metrics. */
async function heavyGauge(api: TestApi): Promise<{ running: number; waiting: number }> {
  const metrics = (await api.get('/metrics')).body as string;
  const value = (state: string) =>
    Number(new RegExp(`^actorgraph_heavy_requests\\{state="${state}"\\} (\\d+)$`, 'm').exec(metrics)?.[1]);
  return { running: value('running'), waiting: value('waiting') };
}

/** The gauge once a heavy request waits for its turn, or after `tries` looks `everyMs` apart. */
async function untilOneWaits(
  api: TestApi,
  tries: number,
  everyMs: number,
): Promise<{ running: number; waiting: number }> {
  let gauge = await heavyGauge(api);
  for (let i = 0; i < tries && gauge.waiting < 1; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    gauge = await heavyGauge(api);
  }
  return gauge;
}

describe('isolation', () => {
  let driver: Driver;

  describe('with one shared session, held by someone else', () => {
    let api: TestApi;
    let release: () => Promise<void>;

    beforeAll(async () => {
      ({ api, driver, release } = await seededWithSharedSessionHeld({ NEO4J_SESSION_WAIT_MS: '300' }));
    });

    afterAll(async () => {
      await release?.();
      await stopTestApi(api, driver);
    });

    it('answers a heavy read DATABASE_BUSY (retryable), not DATABASE_UNAVAILABLE', async () => {
      const response = await api.graphql(HEAVY);
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'DATABASE_BUSY' } })]);
    });

    it('still answers /health and a cheap read, on their own lane', async () => {
      const health = await api.get('/health');
      expect(health.status).toBe(200);
      expect(health.body.neo4j.status).toBe('UP');
      const response = await api.graphql(CHEAP);
      expect(response).toMatchObject({ status: 200, data: { actor: { name: expect.any(String) } } });
      expect(response.errors).toBeUndefined();
    });

    it('counts sessions in use and DATABASE_BUSY in /metrics', async () => {
      const metrics = await api.get('/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatch(/^actorgraph_neo4j_sessions_in_use\{lane="shared"\} 1$/m);
      expect(metrics.body).toMatch(/^actorgraph_neo4j_sessions_waiting\{lane="shared"\} 0$/m);
      expect(metrics.body).toMatch(/^actorgraph_errors_total\{code="DATABASE_BUSY"\} [1-9]/m);
      expect(metrics.body).toMatch(
        /^actorgraph_neo4j_errors_total\{neo4j_code="gate.busy",code="DATABASE_BUSY"\} [1-9]/m,
      );
      expect(metrics.body).toMatch(
        /^actorgraph_http_request_duration_seconds_bucket\{le="0.1",route="\/graphql",operation="anonymous"\}/m,
      );
      expect(metrics.body).toMatch(/^actorgraph_cost_units_charged_total [1-9]/m);
    });
  });

  describe('with one heavy request at a time (HEAVY_REQUESTS_AT_ONCE=1), the shared session held by someone else', () => {
    let api: TestApi;
    let release: () => Promise<void>;

    beforeAll(async () => {
      ({ api, driver, release } = await seededWithSharedSessionHeld({
        HEAVY_REQUESTS_AT_ONCE: '1',
        NEO4J_SESSION_WAIT_MS: '60000',
      }));
    });

    afterAll(async () => {
      await release?.();
      await stopTestApi(api, driver);
    });

    it('lets the second heavy request wait its turn, answers cheap reads and /health meanwhile, then both', async () => {
      const first = api.graphql(HEAVY); // takes the turn, then waits for the held session
      const second = api.graphql('{ dyads(first: 200) { count } }'); // waits for the turn
      expect(await untilOneWaits(api, 100, 100)).toEqual({ running: 1, waiting: 1 });

      expect((await api.get('/health')).status).toBe(200);
      const cheap = await api.graphql(CHEAP);
      expect(cheap.errors).toBeUndefined();
      expect(cheap.data).toEqual({ actor: { name: expect.any(String) } });

      await release();
      const answers = await Promise.all([first, second]);
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
      expect(answers[1]!.data?.['dyads'].length).toBeGreaterThan(0);
      expect(await heavyGauge(api)).toEqual({ running: 0, waiting: 0 });
    });
  });

  describe('with a 1.5 s deadline, one heavy request at a time, and the shared session held past it', () => {
    let api: TestApi;
    let release: () => Promise<void>;

    beforeAll(async () => {
      api = await startTestApi({
        HEAVY_REQUESTS_AT_ONCE: '1',
        NEO4J_MAX_SESSIONS: '1',
        NEO4J_SESSION_WAIT_MS: '60000',
        REQUEST_TIMEOUT_MS: '1500',
        RATE_LIMIT_COST_PER_MINUTE: '0',
      });
      ({ release } = await api.app.get(Neo4jService).openSession('READ'));
    });

    afterAll(async () => {
      await release?.();
      await api?.close();
    });

    it('answers an export still waiting for its turn REQUEST_TIMEOUT at the deadline, as the request holding it', async () => {
      const holding = api.graphql(HEAVY); // takes the one turn, then waits for the held session
      await new Promise((resolve) => setTimeout(resolve, 200));
      const exporting = api.get('/export/csv?part=nodes');
      expect((await untilOneWaits(api, 20, 50)).waiting).toBe(1); // the export, for its turn
      expect((await exporting).body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      expect((await holding).errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    });

    it('answers REQUEST_TIMEOUT at the deadline instead of waiting a minute, then serves again', async () => {
      const response = await api.graphql(HEAVY);
      expect(response.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      await release();
      expect((await api.graphql(HEAVY)).errors).toBeUndefined();
    });
  });

  describe('with MAX_RESPONSE_BYTES=2048 and 50,000 cost units a minute', () => {
    let api: TestApi;

    beforeAll(async () => {
      ({ api, driver } = await startSeededApi({ MAX_RESPONSE_BYTES: '2048', RATE_LIMIT_COST_PER_MINUTE: '50000' }));
    });

    afterAll(() => stopTestApi(api, driver));

    it('refuses an answer over the size cap with LIMIT_EXCEEDED saying its size', async () => {
      const response = await api.graphql('{ actors(first: 50) { edges { node { id name aliases description } } } }');
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'LIMIT_EXCEEDED', limit: 2048, size: expect.any(Number) } }),
      ]);
    });

    it('counts the rate limit in cost units: three costly requests pass, the fourth is RATE_LIMITED with its cost', async () => {
      // paths(maxHops: 6) is charged 16,000 units and more, even when it finds nothing.
      const costly = '{ paths(fromId: "state:ukraine", toId: "state:kazakhstan", maxHops: 6, limit: 1) { length } }';
      for (let i = 0; i < 3; i += 1) expect((await api.graphql(costly)).status).toBe(200);
      const refused = await api.graphql(costly);
      expect(refused.status).toBe(429);
      expect(refused.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'RATE_LIMITED', cost: expect.any(Number) }),
        }),
      ]);
    });
  });

  describe('the production profile (NODE_ENV=production), metrics on a port of their own', () => {
    let api: TestApi;
    const metricsPort = 40_000 + (process.pid % 10_000);

    beforeAll(async () => {
      api = await startTestApi({ NODE_ENV: 'production', METRICS_PORT: String(metricsPort) });
    });

    it('serves /metrics on METRICS_PORT only', async () => {
      expect((await api.get('/metrics')).status).toBe(404);
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^actorgraph_http_requests_total\{route="\/metrics"|^# HELP actorgraph_/m);
    });

    afterAll(() => api?.close());

    it('refuses introspection and serves no IDE', async () => {
      const response = await api.graphql('{ __schema { queryType { name } } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await api.get('/graphiql')).status).toBe(404);
    });
  });
});
