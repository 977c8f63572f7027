import { CypherRegistry, DatabaseError, DatabaseErrorCode, Neo4jService } from '@actorgraph/neo4j';
import { GraphQLError } from 'graphql';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toClientError } from '../../apps/api/src/errors/to-client-error';
import { startTestApi, stopTestApi, testDriver, type TestApi } from '../support/test-api';

// A test-only query, outside cypher/ so the API never loads it.
const slowCount = new CypherRegistry(join(__dirname, '..', 'fixtures', 'cypher', 'queries')).require('slow-count');

describe('with NEO4J_TRANSACTION_TIMEOUT_MS=500', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi({ NEO4J_TRANSACTION_TIMEOUT_MS: '500' });
  });

  afterAll(() => stopTestApi(api, driver));

  it('cancels a query that runs too long: the caller gets DATABASE_TIMEOUT and Neo4j no longer runs it', async () => {
    const error = await api.app
      .get(Neo4jService)
      .read(slowCount)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe(DatabaseErrorCode.TIMEOUT);

    const shown = toClientError(new GraphQLError('x', { originalError: error as Error })).error;
    expect(shown.extensions).toEqual({ code: 'DATABASE_TIMEOUT' });
    expect(shown.message).toBe('The query took too long and was cancelled.');

    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery, status WHERE currentQuery CONTAINS $text RETURN transactionId, status',
      { text: 'range(1, 1000000000)' },
    );
    expect(records.map((r) => r.toObject())).toEqual([]);
  });
});
