import { generateApiKey } from '@actorgraph/access';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, emptyGraphDriver, startTestApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer, LIST_KEYS, STATS } from './access-helpers';

describe('abuse limits', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await emptyGraphDriver();
  });

  afterAll(() => stopTestApi(undefined, driver));

  describe('with RATE_LIMIT_PER_MINUTE=3', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({ RATE_LIMIT_PER_MINUTE: '3' });
    });

    afterAll(() => api.close());

    it('answers the 4th request of a key in a minute with 429 RATE_LIMITED and Retry-After, other keys unaffected', async () => {
      const first = await createTestApiKey(driver, 'reader', 'busy');
      const second = await createTestApiKey(driver, 'reader', 'quiet');
      for (let i = 0; i < 3; i += 1) expect((await api.graphql(STATS, {}, bearer(first))).status).toBe(200);

      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(first) },
        body: JSON.stringify({ query: STATS }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toEqual({
        data: null,
        errors: [
          {
            message: expect.stringMatching(/^More than 3 requests in a minute; retry in /),
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });

      expect((await api.graphql(STATS, {}, bearer(second))).status).toBe(200);
    });

    it('limits calls without a key per client address, and guessed keys with them', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await api.graphql(STATS)).status);
      statuses.push(
        (await api.graphql(STATS, {}, bearer('ag_0123456789ab_guessedguessedguessedguessedguessedgue'))).status,
      );
      expect(statuses).toEqual([200, 200, 200, 429]);
    });

    it('does not count /health', async () => {
      for (let i = 0; i < 5; i += 1) expect((await api.get('/health')).status).not.toBe(429);
    });
  });

  describe('with INTROSPECTION=false and MAX_BODY_BYTES=2048', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({ INTROSPECTION: 'false', MAX_BODY_BYTES: '2048' });
    });

    afterAll(() => api.close());

    it.each(['{ __schema { types { name } } }', '{ __type(name: "Actor") { fields { name } } }'])(
      'refuses the introspection query %s with GRAPHQL_VALIDATION_FAILED',
      async (query) => {
        const response = await api.graphql(query);
        expect(response.status).toBe(400);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.length).toBeGreaterThan(0);
        for (const error of response.errors ?? []) {
          expect(error.message).toMatch(/^GraphQL introspection has been disabled/);
          expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
        }
      },
    );

    it('still answers ordinary queries (and __typename)', async () => {
      expect(await api.graphql('{ __typename stats { actors } }')).toMatchObject({
        status: 200,
        data: { __typename: 'Query', stats: { actors: 0 } },
      });
    });

    it('refuses a body over the limit with 413 LIMIT_EXCEEDED in the GraphQL shape, writing nothing', async () => {
      const before = await api.graphql(STATS);
      const response = await api.graphql(`{ stats { actors } } # ${'x'.repeat(4096)}`);
      expect(response.status).toBe(413);
      expect(response).toMatchObject({
        data: null,
        errors: [
          {
            message: 'The request body is larger than the server accepts; load large datasets with `cli load`.',
            extensions: { code: 'LIMIT_EXCEEDED' },
          },
        ],
      });
      expect(await api.graphql(STATS)).toEqual(before);
    });
  });

  describe('with an admin key in API_KEYS', () => {
    let api: TestApi;
    const key = generateApiKey();

    beforeAll(async () => {
      api = await startTestApi({ API_KEYS: `${key.id}:admin:${key.hash}` });
    });

    afterAll(() => api.close());

    it('accepts it before any key exists in the database', async () => {
      const response = await api.graphql(LIST_KEYS, {}, bearer(key.secret));
      expect(response.errors).toBeUndefined();
      expect(Array.isArray(response.data?.apiKeys)).toBe(true);
    });

    it('refuses a key with its id but another secret', async () => {
      const other = generateApiKey().secret.replace(/^ag_[a-z0-9]+_/, `ag_${key.id}_`);
      expect((await api.graphql(LIST_KEYS, {}, bearer(other))).status).toBe(401);
    });
  });
});
