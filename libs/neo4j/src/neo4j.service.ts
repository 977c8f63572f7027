import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import neo4j, { type Driver, type ManagedTransaction, type ServerInfo, type Session } from 'neo4j-driver';
import { CypherRegistry, type CypherQuery } from './cypher-registry';
import { DatabaseError, DatabaseErrorCode, toDatabaseError } from './database-error';
import { FirstRunGate } from './first-run-gate';
import { currentRequestScope, outsideRequestScope, type DatabaseLane, type RequestScope } from './request-scope';
import { GateRefusedError, SessionGate } from './session-gate';
import { toNative } from './to-native';

export interface Neo4jConnectionOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Every transaction is cancelled by the server after this long (sooner when its request's deadline is nearer). */
  readonly transactionTimeoutMs: number;
  /**
   * The timeout of a bulk write's transactions (a load's or an import's batch, a projection rebuild's step): on a busy
   * machine a batch of thousands of rows can outlast the one for requests. `transactionTimeoutMs` when absent.
   */
  readonly bulkTransactionTimeoutMs?: number;
  /** Most sessions open at once for ordinary work; more wait for one. 32 when absent. */
  readonly maxSessions?: number;
  /** Sessions of the priority lane (health checks, cheap reads), a pool heavy work never holds. 8 when absent. */
  readonly prioritySessions?: number;
  /** How long a transaction waits for a free session before DATABASE_BUSY. 5 s when absent. */
  readonly sessionWaitMs?: number;
}

/** The sessions a transaction may use, and what it is waiting for (for /metrics). */
export interface SessionStats {
  readonly lane: DatabaseLane;
  readonly inUse: number;
  readonly waiting: number;
  readonly capacity: number;
}

interface Lane {
  readonly driver: Driver;
  readonly gate: SessionGate;
}

/** Seen by every Neo4jService error path: a Neo4j error code (or the driver's), for /metrics. */
export type DatabaseErrorListener = (neo4jCode: string, mapped: DatabaseErrorCode) => void;

export const NEO4J_OPTIONS = Symbol('NEO4J_OPTIONS');

/** The driver's fetch size for "every record in one batch" (its FETCH_ALL, not exported). */
const FETCH_ALL = -1;

/** How a read transaction fetches its records. */
export interface ReadOptions {
  /**
   * Every record of a statement in one batch, rather than a thousand at a time: Neo4j streams a large read without
   * waiting for the API to ask for more (a windowed read's parts, each bounded by the number of actors).
   */
  readonly fetchAll?: boolean;
}

/** Runs a named query inside a transaction and returns its records as plain objects. */
export type QueryRunner = <T = Record<string, unknown>>(
  query: CypherQuery,
  params?: Record<string, unknown>,
) => Promise<T[]>;

/**
 * The process's one driver, with read and write helpers over managed
 * transactions (so a cluster routes reads to followers and retries transient
 * failures) and results converted to plain values at this boundary only.
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  readonly driver: Driver;
  private readonly lanes: Readonly<Record<DatabaseLane, Lane>>;
  private readonly sessionWaitMs: number;
  private errorListener: DatabaseErrorListener | undefined;
  private transactions = 0;
  private lastUnavailableLog = 0;
  private readonly firstRuns = new FirstRunGate();

  constructor(
    @Inject(NEO4J_OPTIONS) private readonly options: Neo4jConnectionOptions,
    readonly queries: CypherRegistry,
  ) {
    const maxSessions = options.maxSessions ?? 32;
    const prioritySessions = options.prioritySessions ?? 8;
    this.sessionWaitMs = options.sessionWaitMs ?? 5_000;
    const connect = (poolSize: number) =>
      neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
        // Fail fast while Neo4j is down instead of holding requests for the default 60 s. Sessions are
        // counted by the gates before the pool is asked, so the pool itself never makes a request wait.
        connectionAcquisitionTimeout: 10_000,
        connectionTimeout: 5_000,
        maxTransactionRetryTime: 5_000,
        maxConnectionPoolSize: poolSize,
        disableLosslessIntegers: false,
        userAgent: 'actorgraph',
      });
    // A few connections above the gate's count: the driver also uses one for routing and server info.
    this.driver = connect(maxSessions + 4);
    this.lanes = {
      shared: { driver: this.driver, gate: new SessionGate(maxSessions) },
      priority: { driver: connect(prioritySessions + 2), gate: new SessionGate(prioritySessions) },
    };
  }

  /** Sessions in use and waiting, per lane. */
  sessionStats(): SessionStats[] {
    return (Object.entries(this.lanes) as [DatabaseLane, Lane][]).map(([lane, { gate }]) => ({
      lane,
      inUse: gate.inUse,
      waiting: gate.waiting,
      capacity: gate.capacity,
    }));
  }

  /** Called with every failed transaction's Neo4j code (the metrics count them). */
  onDatabaseError(listener: DatabaseErrorListener): void {
    this.errorListener = listener;
  }

  get database(): string {
    return this.options.database;
  }

  /** How many transactions this process has run: tests use it to prove a request's cost is bounded. */
  get transactionCount(): number {
    return this.transactions;
  }

  read<T = Record<string, unknown>>(query: CypherQuery, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.gated(query.name, () => this.readTransaction((run) => run<T>(query, params)));
  }

  write<T = Record<string, unknown>>(query: CypherQuery, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.gated(query.name, () => this.writeTransaction((run) => run<T>(query, params)));
  }

  async readTransaction<R>(work: (run: QueryRunner) => Promise<R>): Promise<R> {
    return this.transaction('READ', work);
  }

  /**
   * Several statements in one read transaction, named for the first-run gate (see `read`): a field that runs
   * several statements per request names its work, so that after a (re)start its first run goes alone and the
   * others find Neo4j's plans cached, instead of 32 requests planning the same statements at once.
   */
  async namedReadTransaction<R>(
    name: string,
    work: (run: QueryRunner) => Promise<R>,
    options: ReadOptions = {},
  ): Promise<R> {
    return this.gated(name, () => this.transaction('READ', work, this.options.transactionTimeoutMs, options));
  }

  /**
   * Runs `execute` through the first-run gate under `name`. Gated outside the transaction: a request waiting for the
   * first run must not use up its own timeout. The first run warms Neo4j's plan cache for everyone, so it runs outside
   * the request's scope with the whole transaction timeout.
   */
  private gated<R>(name: string, execute: () => Promise<R>): Promise<R> {
    const signal = currentRequestScope()?.signal;
    return this.firstRuns
      .run(name, execute, signal, () => outsideRequestScope(execute))
      .catch((error: unknown) => {
        throw error instanceof GateRefusedError ? this.failed(error) : error;
      });
  }

  async writeTransaction<R>(work: (run: QueryRunner) => Promise<R>): Promise<R> {
    return this.transaction('WRITE', work);
  }

  /** A write transaction of a bulk write (load, import, rebuild): its timeout is the bulk one. */
  async bulkWriteTransaction<R>(work: (run: QueryRunner) => Promise<R>): Promise<R> {
    return this.transaction('WRITE', work, this.options.bulkTransactionTimeoutMs);
  }

  /** Version, edition and address of the server, or a {@link DatabaseError} when it cannot be reached. */
  async serverInfo(): Promise<ServerInfo & { edition?: string }> {
    // On the priority lane: a health check never waits behind heavy requests.
    try {
      return await this.lanes.priority.driver.getServerInfo({ database: this.options.database });
    } catch (error) {
      throw toDatabaseError(error);
    }
  }

  /**
   * A session for work that streams (exports), counted like a transaction's: within the request's cap and the
   * lane's, waiting at most the session wait. Close it with the returned `release`, which also closes the session.
   */
  async openSession(mode: 'READ' | 'WRITE' = 'READ'): Promise<{ session: Session; release: () => Promise<void> }> {
    const scope = currentRequestScope();
    const { driver, release } = await this.acquire(scope);
    const session = driver.session({ database: this.options.database, defaultAccessMode: mode });
    return { session, release: () => session.close().finally(release) };
  }

  private async transaction<R>(
    mode: 'READ' | 'WRITE',
    work: (run: QueryRunner) => Promise<R>,
    timeoutMs: number = this.options.transactionTimeoutMs,
    { fetchAll = false }: ReadOptions = {},
  ): Promise<R> {
    const scope = currentRequestScope();
    const { driver, release } = await this.acquire(scope).catch((error: unknown) => {
      throw this.failed(error);
    });
    const session = driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      ...(fetchAll ? { fetchSize: FETCH_ALL } : {}),
      ...(scope?.bookmarks?.length ? { bookmarks: scope.bookmarks } : {}),
    });
    this.transactions += 1;
    // The server cancels the transaction at the request's deadline at the latest.
    const left = scope ? scope.deadline - Date.now() : Infinity;
    const timeout = Math.max(1, Math.min(timeoutMs, left));
    const body = (tx: ManagedTransaction) => work((query, params = {}) => runQuery(tx, query, params));
    const config = { timeout, metadata: { app: 'actorgraph' } };
    const running = mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config);
    // The session goes back when the transaction has really ended, even if the request stopped waiting for it
    // (and, should the driver never settle it, well after Neo4j would have cancelled it: no slot leaks for good).
    const leakGuard = setTimeout(release, timeout + 15_000);
    leakGuard.unref();
    void running
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        clearTimeout(leakGuard);
        release();
        void session.close().catch(() => undefined);
      });
    if (mode === 'WRITE' && scope) {
      // Read-your-writes: the request's answer carries where this write left the database.
      void running.then(
        () => {
          scope.writtenBookmarks = session.lastBookmarks();
        },
        () => undefined,
      );
    }
    try {
      return await (scope ? untilCancelled(running, scope.signal) : running);
    } catch (error) {
      throw this.failed(error);
    }
  }

  /**
   * Waits for a session within the request's own cap, then its lane's; never past the request's deadline. A cheap
   * request takes a priority session when one is free at once, else waits in the shared lane like the others.
   */
  private async acquire(scope: RequestScope | undefined): Promise<{ driver: Driver; release: () => void }> {
    // A wait the deadline would cut short is left to the deadline's abort (REQUEST_TIMEOUT), not raced by a timer of
    // the same length that would report DATABASE_BUSY instead.
    const wait = () => {
      const left = scope ? scope.deadline - Date.now() : Infinity;
      return this.sessionWaitMs < left ? this.sessionWaitMs : left + 1_000;
    };
    const releaseOwn = scope
      ? await scope.sessions.acquire(scope.deadline - Date.now() + 1_000, scope.signal)
      : () => undefined;
    try {
      let lane = this.lanes[scope?.lane ?? 'shared'];
      let releaseLane: () => void;
      if (lane === this.lanes.priority) {
        const free = await lane.gate.acquire(0).catch(() => null);
        if (!free) lane = this.lanes.shared;
        releaseLane = free ?? (await lane.gate.acquire(wait(), scope?.signal));
      } else {
        releaseLane = await lane.gate.acquire(wait(), scope?.signal);
      }
      return {
        driver: lane.driver,
        release: () => {
          releaseLane();
          releaseOwn();
        },
      };
    } catch (error) {
      releaseOwn();
      throw error;
    }
  }

  /** Maps, logs and counts a failed transaction. */
  private failed(error: unknown): DatabaseError {
    const mapped = gateError(error) ?? toDatabaseError(error);
    this.errorListener?.(neo4jCode(error), mapped.code);
    if (mapped.code === DatabaseErrorCode.INTERNAL) this.logger.error(`transaction failed: ${String(error)}`);
    if (mapped.code === DatabaseErrorCode.UNAVAILABLE) this.firstRuns.reset();
    if (mapped.code === DatabaseErrorCode.UNAVAILABLE && Date.now() - this.lastUnavailableLog > 10_000) {
      // Once per 10 s while Neo4j is down, not once per request.
      this.lastUnavailableLog = Date.now();
      this.logger.warn(`Neo4j at ${this.options.uri} is unavailable: ${(error as Error).message}`);
    }
    return mapped;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.driver.close(), this.lanes.priority.driver.close()]);
  }
}

class CancelledError extends Error {}

/** The work's result, or a rejection as soon as the request is cancelled (the work itself goes on to its timeout). */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A refused wait or a cancelled request, as the DatabaseError a client sees; null for anything else. */
function gateError(error: unknown): DatabaseError | null {
  if (error instanceof GateRefusedError && error.reason === 'busy') {
    const message = 'Every database session is busy; retry in a moment.';
    return new DatabaseError(DatabaseErrorCode.BUSY, message, error);
  }
  if (error instanceof CancelledError || error instanceof GateRefusedError) {
    const message = 'The request ran past its deadline and was cancelled.';
    return new DatabaseError(DatabaseErrorCode.CANCELLED, message, error);
  }
  return null;
}

function neo4jCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof GateRefusedError) return `gate.${error.reason}`;
  return typeof code === 'string' && code !== '' ? code : 'none';
}

/** Records converted between two turns of the event loop: a result of tens of thousands is not one long block. */
const RECORDS_PER_TURN = 1_000;

async function runQuery<T>(tx: ManagedTransaction, query: CypherQuery, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await tx.run(query.text, params);
  const rows: T[] = [];
  for (const record of records) {
    if (rows.length > 0 && rows.length % RECORDS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    rows.push(toNative(record.toObject()) as T);
  }
  return rows;
}
