import { spawnSync } from 'node:child_process';
import { startTestApi, type TestApi } from '../support/test-api';
import { startScriptInstance, type TestNeo4j } from '../support/test-neo4j';

// This suite stops and restarts a Neo4j of its own (the project's script, instance "outage"),
// so it needs Java and Maven; it never touches the shared test database.
const canRunOwnNeo4j = ['java', 'mvn'].every((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status === 0);
if (!canRunOwnNeo4j)
  process.stdout.write('[e2e] skipping the Neo4j outage suite: it needs java and mvn to run a Neo4j it may stop\n');
const describeIfPossible = canRunOwnNeo4j ? describe : describe.skip;

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describeIfPossible('the API while Neo4j goes down and comes back', () => {
  let neo4j: TestNeo4j;
  let api: TestApi;

  beforeAll(async () => {
    neo4j = startScriptInstance('outage');
    api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password });
  });

  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
  });

  it('is healthy while Neo4j runs', async () => {
    expect((await api.get('/health')).status).toBe(200);
    const stats = await api.graphql('{ stats { actors } }');
    expect(stats.errors).toBeUndefined();
  });

  it('answers 503 and clean GraphQL errors while Neo4j is stopped', async () => {
    await neo4j.stop();
    const health = await api.get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({
      status: 'unavailable',
      neo4j: { status: 'DOWN', reason: expect.stringMatching(/unavailable/) },
    });

    const stats = await api.graphql('{ stats { actors } }');
    expect(stats.errors).toEqual([
      expect.objectContaining({
        message: 'The graph database is unavailable; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      }),
    ]);
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack trace
    expect(text).not.toMatch(/MATCH|RETURN/); // no Cypher

    const server = await api.graphql('{ server { neo4j { status } } }');
    expect(server.data).toEqual({ server: { neo4j: { status: 'DOWN' } } });
  });

  it('recovers by itself, without a restart, when Neo4j is back', async () => {
    neo4j = startScriptInstance('outage');
    const health = await waitFor(
      () => api.get('/health'),
      (h) => h.status === 200,
    );
    expect(health.status).toBe(200);
    const stats = await waitFor(
      () => api.graphql('{ stats { actors } }'),
      (s) => !s.errors,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data).toEqual({ stats: { actors: expect.any(Number) } });
  });
});
