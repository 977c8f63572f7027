import { IntrinsicException } from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';

/** What went wrong with the database, in terms a client can act on. */
export enum DatabaseErrorCode {
  /** Neo4j cannot be reached (down, restarting, network). Retrying later helps. */
  UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A query ran past its time limit and was cancelled. */
  TIMEOUT = 'DATABASE_TIMEOUT',
  /** No session came free within the wait allowed (this request's or the server's sessions all busy). Retry. */
  BUSY = 'DATABASE_BUSY',
  /** The request's deadline passed: its waits ended and its transactions were abandoned (and timed out by Neo4j). */
  CANCELLED = 'DATABASE_CANCELLED',
  /** Neo4j refused the query for lack of transaction memory (too many heavy queries at once, or one too big). */
  OVERLOADED = 'DATABASE_OVERLOADED',
  /** A uniqueness or other constraint refused a write. */
  CONSTRAINT = 'DATABASE_CONSTRAINT',
  /** Credentials were refused. */
  UNAUTHORIZED = 'DATABASE_UNAUTHORIZED',
  /** Anything else: a bug on our side, logged with its details. */
  INTERNAL = 'DATABASE_INTERNAL',
}

/** Intrinsic: Nest does not log it per request; Neo4jService logs the unexpected (INTERNAL) ones itself. */
export class DatabaseError extends IntrinsicException {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'DatabaseError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // The driver's own code for a connection it lost ("Connection was closed by server" while Neo4j
  // shuts down, "Pool is closed"): Neo4j never sends it, so it is never a query's fault.
  'N/A',
]);

/** The per-transaction limit (db.memory.transaction.max) and the shared pool (dbms.memory.transaction.total.max). */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

/** Maps a driver error by its `code` (never its text) to a {@link DatabaseError}. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.Database')) {
      return new DatabaseError(
        DatabaseErrorCode.UNAVAILABLE,
        'The graph database is unavailable; try again shortly.',
        error,
      );
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code.includes('TransactionTimedOut')) {
      return new DatabaseError(DatabaseErrorCode.TIMEOUT, 'The query took too long and was cancelled.', error);
    }
    // A transaction whose time ran out while it waited for a lock another write held: Neo4j stops its lock client
    // rather than reporting the timeout itself.
    if (code === 'Neo.ClientError.Transaction.LockClientStopped') {
      return new DatabaseError(
        DatabaseErrorCode.TIMEOUT,
        'The query waited past its time limit for data another write was changing, and was cancelled; retry.',
        error,
      );
    }
    if (MEMORY_CODES.has(code)) {
      return new DatabaseError(
        DatabaseErrorCode.OVERLOADED,
        'The graph database has no memory left for this query now; retry later or narrow the query.',
        error,
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new DatabaseError(DatabaseErrorCode.CONSTRAINT, 'A write broke a database constraint.', error);
    }
    if (code.startsWith('Neo.ClientError.Security')) {
      return new DatabaseError(DatabaseErrorCode.UNAUTHORIZED, 'The database refused our credentials.', error);
    }
  }
  return new DatabaseError(DatabaseErrorCode.INTERNAL, 'The database query failed.', error);
}
