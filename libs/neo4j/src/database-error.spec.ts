import { Neo4jError } from 'neo4j-driver';
import { DatabaseErrorCode, toDatabaseError } from './database-error';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', message);

describe('toDatabaseError', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery'],
    ['SessionExpired', 'Session expired'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database unavailable'],
    // What the driver raises when Neo4j closes connections while it shuts down.
    ['N/A', 'Connection was closed by server'],
  ])('maps %s to UNAVAILABLE, so clients know to retry', (code, message) => {
    expect(toDatabaseError(driverError(message, code)).code).toBe(DatabaseErrorCode.UNAVAILABLE);
  });

  it('maps a timed-out transaction to TIMEOUT', () => {
    const error = driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(toDatabaseError(error).code).toBe(DatabaseErrorCode.TIMEOUT);
  });

  it('maps a transaction stopped while it waited for a lock (its timeout passed) to TIMEOUT', () => {
    const error = driverError('The transaction has been terminated', 'Neo.ClientError.Transaction.LockClientStopped');
    expect(toDatabaseError(error).code).toBe(DatabaseErrorCode.TIMEOUT);
  });

  it.each([
    'Neo.TransientError.General.TransactionMemoryLimit',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  ])('maps %s to OVERLOADED, not to an internal error', (code) => {
    expect(
      toDatabaseError(driverError('The allocation of an extra 2.0 MiB would use more than the limit', code)).code,
    ).toBe(DatabaseErrorCode.OVERLOADED);
  });

  it('keeps a broken query INTERNAL, whatever its message says', () => {
    const error = driverError('Connection was closed by server', 'Neo.ClientError.Statement.SyntaxError');
    expect(toDatabaseError(error).code).toBe(DatabaseErrorCode.INTERNAL);
    expect(toDatabaseError(new Error('boom')).code).toBe(DatabaseErrorCode.INTERNAL);
  });
});
