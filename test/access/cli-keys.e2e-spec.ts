import type { Driver } from 'neo4j-driver';
import { runBuiltCli } from '../support/built-cli';
import { createTestApiKey, startEmptyApi, startTestApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer, LIST_KEYS, STATS } from './access-helpers';

/** Runs the built command line as another process next to the running API. */
function cli(...args: string[]) {
  return runBuiltCli(args);
}

describe('cli keys', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('creates a key, lists it without its secret, and a revoke refuses it on the very next request', async () => {
    const created = cli('keys', 'create', '--name', 'newsroom-editor', '--role', 'editor');
    expect(created.status).toBe(0);
    const secret = /^ag_[a-z0-9]+_\S+$/m.exec(created.stdout)?.[0] ?? '';
    const id = secret.split('_')[1] ?? '';
    expect(created.stdout).toContain(`created editor key ${id} (newsroom-editor)`);
    expect((await api.graphql(STATS, {}, bearer(secret))).status).toBe(200);

    const listed = cli('keys', 'list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+editor\\s+\\S+\\s+-\\s+newsroom-editor$`, 'm'));
    expect(listed.stdout).not.toContain(secret.slice(-20));

    const revoked = cli('keys', 'revoke', id);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain(`revoked ${id} (newsroom-editor)`);
    // The API is still the same process: no restart, no cache to expire.
    const after = await api.graphql(STATS, {}, bearer(secret));
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await createTestApiKey(driver, 'admin');
    const keys = await api.graphql(LIST_KEYS, {}, bearer(admin));
    expect(keys.data?.apiKeys.find((k: { id: string }) => k.id === id)?.revokedAt).toEqual(expect.any(String));
  });

  it('exits 1 naming an unknown id on revoke', () => {
    const result = cli('keys', 'revoke', 'nosuchkey0');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no API key has the id "nosuchkey0"');
  });

  it('refuses an unknown role without touching the database', async () => {
    const result = cli('keys', 'create', '--name', 'x', '--role', 'root');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('must be reader, editor or admin');
  });

  it('--config-only prints a key and an API_KEYS entry matching it, storing nothing', async () => {
    const before = cli('keys', 'list').stdout;
    const result = cli('keys', 'create', '--name', 'bootstrap', '--role', 'admin', '--config-only');
    expect(result.status).toBe(0);
    const key = /^key:\s+(ag_([a-z0-9]+)_\S+)$/m.exec(result.stdout);
    const entry = /^API_KEYS entry:\s+(\S+)$/m.exec(result.stdout)?.[1];
    expect(entry).toMatch(new RegExp(`^${key?.[2]}:admin:[0-9a-f]{64}$`));
    expect(cli('keys', 'list').stdout).toBe(before);

    const configured = await startTestApi({ API_KEYS: entry ?? '' });
    try {
      expect((await configured.graphql(LIST_KEYS, {}, bearer(key?.[1] ?? ''))).errors).toBeUndefined();
    } finally {
      await configured.close();
    }
  });
});
