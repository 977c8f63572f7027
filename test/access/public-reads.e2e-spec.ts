import type { Driver } from 'neo4j-driver';
import { createTestApiKey, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer, STATS } from './access-helpers';

describe('with PUBLIC_READS=false', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi({ PUBLIC_READS: 'false' }));
  });

  afterAll(() => stopTestApi(api, driver));

  it('refuses a read without a key with UNAUTHENTICATED', async () => {
    const response = await api.graphql('{ actors(first: 1) { totalCount } }');
    // Root query fields are nullable: the refused field is null, the answer itself is not.
    expect(response.data?.['actors'] ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'actors needs an API key with the reader role.',
        path: ['actors'],
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
  });

  it.each(['reader', 'editor', 'admin'] as const)('answers a read with the %s key', async (role) => {
    const secret = await createTestApiKey(driver, role);
    expect(await api.graphql(STATS, {}, bearer(secret))).toEqual({ status: 200, data: { stats: { actors: 0 } } });
  });

  it('still serves /health without a key', async () => {
    expect((await api.get('/health')).status).toBe(200);
  });
});
