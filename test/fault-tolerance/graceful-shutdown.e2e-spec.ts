import type { Driver, Transaction } from 'neo4j-driver';
import { createTestApiKey, startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// Closing the API (app.close(), which SIGTERM triggers through enableShutdownHooks) lets the requests
// it is serving finish, and takes no new ones. The requests are made slow deterministically: the test
// holds a write lock on the actor they write, and releases it only once the API is closing.

/** Three actors, one request each (concurrent alias additions to one actor are another matter). */
const WRITES = [
  { id: 'person:volodymyr-zelenskyy', alias: 'Shutdown Alias One' },
  { id: 'person:kassym-jomart-tokayev', alias: 'Shutdown Alias Two' },
  { id: 'state:kazakhstan', alias: 'Shutdown Alias Three' },
];

async function apiTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'actorgraph' RETURN count(*) AS n",
  );
  return (records[0]!.get('n') as { toNumber(): number }).toNumber();
}

describe('graceful shutdown', () => {
  let api: TestApi;
  let driver: Driver;
  let lock: Transaction | undefined;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(async () => {
    await lock?.rollback().catch(() => undefined);
    await stopTestApi(undefined, driver);
  });

  it('finishes the requests in flight with 200, refuses new ones, then closes', async () => {
    const editor = { authorization: `Bearer ${await createTestApiKey(driver, 'editor')}` };
    const session = driver.session();
    lock = session.beginTransaction();
    const ids = WRITES.map((w) => w.id);
    await lock.run('MATCH (a:Actor) WHERE a.id IN $ids SET a.lockedByTest = true', { ids }); // rolled back below

    const started = Date.now();
    const inFlight = WRITES.map(async ({ id, alias }) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor },
        body: JSON.stringify({
          query: 'mutation($id: ID!, $alias: String!) { addAlias(actorId: $id, alias: $alias) { status } }',
          variables: { id, alias },
        }),
      });
      const body = (await response.json()) as { errors?: unknown };
      return { status: response.status, errors: body.errors, connection: response.headers.get('connection') };
    });
    // Wait until all three are inside Neo4j, waiting for the lock.
    while ((await apiTransactions(driver)) < WRITES.length) await new Promise((r) => setTimeout(r, 100));
    const blockedAt = Date.now();

    const closing = api.close();
    await new Promise((r) => setTimeout(r, 300)); // let close() reach the HTTP server
    const late = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query: '{ stats { actors } }' }),
    }).then(
      (response) => `HTTP ${response.status}`,
      () => 'refused',
    );
    expect(['refused', 'HTTP 503']).toContain(late);

    await lock.rollback();
    lock = undefined;
    await session.close();
    const answers = await Promise.all(inFlight);
    await closing;
    process.stdout.write(
      `[fault] shutdown: requests blocked after ${(blockedAt - started) / 1000} s; answered and closed ${(Date.now() - blockedAt) / 1000} s later\n`,
    );

    // `connection: close` ends the client's keep-alive socket with the answer, so closing does not wait
    // for it to idle out (fastify's keep-alive timeout, 72 s).
    expect(answers).toEqual(WRITES.map(() => ({ status: 200, errors: undefined, connection: 'close' })));
    const { records } = await driver.executeQuery(
      'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.aliases AS aliases ORDER BY a.id',
      { ids },
    );
    for (const { id, alias } of WRITES) {
      expect(records.find((r) => r.get('id') === id)?.get('aliases')).toContain(alias);
    }
  });
});
