import type { Driver } from 'neo4j-driver';
import { createTestApiKey, graphCounts, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer } from './access-helpers';

const UPSERT = `mutation Upsert($input: UpsertActorInput!) {
  upsertActor(input: $input) { status actor { id name } }
}`;
const MOLDOVA = { id: 'state:moldova', kind: 'STATE', name: 'Moldova' };

describe('an editor mutation (upsertActor)', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('is refused without a key (UNAUTHENTICATED) and with a reader key (FORBIDDEN), writing nothing', async () => {
    const reader = await createTestApiKey(driver, 'reader');
    const before = await graphCounts(driver);
    const anonymous = await api.graphql(UPSERT, { input: MOLDOVA });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const asReader = await api.graphql(UPSERT, { input: MOLDOVA }, bearer(reader));
    expect(asReader.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it.each(['editor', 'admin'] as const)('is done for the %s key', async (role) => {
    const input = { ...MOLDOVA, id: `state:moldova-${role}`, name: `Moldova (${role})` };
    const response = await api.graphql(UPSERT, { input }, bearer(await createTestApiKey(driver, role)));
    expect(response.errors).toBeUndefined();
    expect(response.data?.upsertActor).toEqual({ status: 'CREATED', actor: { id: input.id, name: input.name } });
  });
});
