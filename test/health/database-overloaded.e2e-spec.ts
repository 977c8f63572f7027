import { CypherRegistry, DatabaseError, DatabaseErrorCode, Neo4jService } from '@actorgraph/neo4j';
import { GraphQLError } from 'graphql';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toClientError } from '../../apps/api/src/errors/to-client-error';
import { startTestApi, stopTestApi, testDriver, type TestApi } from '../support/test-api';

// A test-only query, outside cypher/ so the API never loads it.
const memoryHungry = new CypherRegistry(join(__dirname, '..', 'fixtures', 'cypher', 'queries')).require(
  'memory-hungry',
);

describe('when Neo4j has no transaction memory left for a query', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi();
  });

  afterAll(async () => {
    await stopTestApi(api, driver);
  });

  it('answers DATABASE_OVERLOADED with advice, not an internal error', async () => {
    const error = await api.app
      .get(Neo4jService)
      .read(memoryHungry)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe(DatabaseErrorCode.OVERLOADED);
    const shown = toClientError(new GraphQLError('x', { originalError: error as Error }));
    expect(shown.unexpected).toBe(false);
    expect(shown.error.extensions).toEqual({ code: 'DATABASE_OVERLOADED' });
    expect(shown.error.message).toMatch(/retry later or narrow the query/);
  });
});
