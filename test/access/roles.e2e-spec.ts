import type { Driver } from 'neo4j-driver';
import { createTestApiKey, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer, CREATE_KEY, LIST_KEYS, REVOKE_KEY, STATS } from './access-helpers';

describe('API keys and roles', () => {
  let api: TestApi;
  let driver: Driver;
  const keys: Record<'reader' | 'editor' | 'admin', string> = { reader: '', editor: '', admin: '' };

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = await createTestApiKey(driver, role);
  });

  afterAll(() => stopTestApi(api, driver));

  describe('creating a key needs the admin role', () => {
    it('refuses a call without a key with UNAUTHENTICATED and creates nothing', async () => {
      const response = await api.graphql(CREATE_KEY, { name: 'sneaky', role: 'ADMIN' });
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'createApiKey needs an API key with the admin role.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ]);
      const list = await api.graphql(LIST_KEYS, {}, bearer(keys.admin));
      expect(list.data?.apiKeys.map((k: { name: string }) => k.name)).not.toContain('sneaky');
    });

    it.each(['reader', 'editor'] as const)('refuses the %s key with FORBIDDEN', async (role) => {
      const response = await api.graphql(CREATE_KEY, { name: 'sneaky', role: 'ADMIN' }, bearer(keys[role]));
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: `createApiKey needs the admin role; this key has the ${role} role.`,
          extensions: { code: 'FORBIDDEN' },
        }),
      ]);
    });

    it.each(['reader', 'editor'] as const)('does not list keys to the %s key', async (role) => {
      const response = await api.graphql(LIST_KEYS, {}, bearer(keys[role]));
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets an admin create a key whose secret then works, shown once and never listed', async () => {
      const created = await api.graphql(CREATE_KEY, { name: 'newsroom-reader', role: 'READER' }, bearer(keys.admin));
      expect(created.errors).toBeUndefined();
      const key = created.data?.createApiKey;
      expect(key).toEqual({
        id: expect.any(String),
        name: 'newsroom-reader',
        role: 'READER',
        secret: expect.any(String),
      });
      expect(key.secret).toMatch(new RegExp(`^ag_${key.id}_`));

      const read = await api.graphql(STATS, {}, bearer(key.secret));
      expect(read).toMatchObject({ status: 200, data: { stats: { actors: 0 } } });
      const write = await api.graphql(CREATE_KEY, { name: 'x', role: 'ADMIN' }, bearer(key.secret));
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const list = await api.graphql(LIST_KEYS, {}, bearer(keys.admin));
      const listed = list.data?.apiKeys.filter((k: { id: string }) => k.id === key.id);
      expect(listed).toEqual([
        { id: key.id, name: 'newsroom-reader', role: 'READER', createdAt: expect.any(String), revokedAt: null },
      ]);
      expect(JSON.stringify(list)).not.toContain(key.secret.slice(-20));
    });

    it('refuses a blank key name with BAD_USER_INPUT', async () => {
      const response = await api.graphql(CREATE_KEY, { name: '  ', role: 'READER' }, bearer(keys.admin));
      expect(response.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } }),
      ]);
    });
  });

  describe('presenting a key', () => {
    it('accepts the key in x-api-key as well as in authorization', async () => {
      const response = await api.graphql(LIST_KEYS, {}, { 'x-api-key': keys.admin });
      expect(response.errors).toBeUndefined();
      expect(response.data?.apiKeys.length).toBeGreaterThanOrEqual(3);
    });

    it.each([
      ['a malformed key', { authorization: 'Bearer not-a-key' }],
      ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['an unknown key', bearer('ag_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')],
    ])('refuses %s with 401 UNAUTHENTICATED even for a public read', async (_what, headers) => {
      const response = await api.graphql(STATS, {}, headers);
      expect(response.status).toBe(401);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        { message: 'The API key is malformed, unknown or revoked.', extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    });

    it('refuses a real key id with a wrong secret', async () => {
      const forged = `${keys.admin.slice(0, -1)}${keys.admin.endsWith('A') ? 'B' : 'A'}`;
      const response = await api.graphql(LIST_KEYS, {}, bearer(forged));
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('serves public reads without a key', async () => {
      expect(await api.graphql(STATS)).toMatchObject({ status: 200, data: { stats: { actors: 0 } } });
    });
  });

  describe('revokeApiKey', () => {
    it('makes the revoked key fail on the very next request', async () => {
      const secret = await createTestApiKey(driver, 'editor', 'to-revoke');
      const id = secret.split('_')[1];
      expect((await api.graphql(STATS, {}, bearer(secret))).status).toBe(200);

      const revoked = await api.graphql(REVOKE_KEY, { id }, bearer(keys.admin));
      expect(revoked.data?.revokeApiKey).toEqual({ id, revokedAt: expect.any(String) });

      const after = await api.graphql(STATS, {}, bearer(secret));
      expect(after.status).toBe(401);
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const listed = await api.graphql(LIST_KEYS, {}, bearer(keys.admin));
      expect(listed.data?.apiKeys.find((k: { id: string }) => k.id === id)?.revokedAt).toBe(
        revoked.data?.revokeApiKey.revokedAt,
      );
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const response = await api.graphql(REVOKE_KEY, { id: 'nosuchkey0' }, bearer(keys.admin));
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND', argument: 'id' } })]);
    });

    it('is refused to an editor, and the key keeps working', async () => {
      const id = keys.reader.split('_')[1];
      const response = await api.graphql(REVOKE_KEY, { id }, bearer(keys.editor));
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await api.graphql(STATS, {}, bearer(keys.reader))).status).toBe(200);
    });
  });
});
