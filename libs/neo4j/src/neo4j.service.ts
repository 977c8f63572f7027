import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import neo4j, { type Driver, type ManagedTransaction, type ServerInfo } from 'neo4j-driver';
import { CypherRegistry, type CypherQuery } from './cypher-registry';
import { DatabaseErrorCode, toDatabaseError } from './database-error';
import { FirstRunGate } from './first-run-gate';
import { toNative } from './to-native';

export interface Neo4jConnectionOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Every transaction is cancelled by the server after this long. */
  readonly transactionTimeoutMs: number;
}

export const NEO4J_OPTIONS = Symbol('NEO4J_OPTIONS');

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
  private transactions = 0;
  private lastUnavailableLog = 0;
  private readonly firstRuns = new FirstRunGate();

  constructor(
    @Inject(NEO4J_OPTIONS) private readonly options: Neo4jConnectionOptions,
    readonly queries: CypherRegistry,
  ) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      // Fail fast while Neo4j is down instead of holding requests for the default 60 s.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      userAgent: 'actorgraph',
    });
  }

  get database(): string {
    return this.options.database;
  }

  /** How many transactions this process has run: tests use it to prove a request's cost is bounded. */
  get transactionCount(): number {
    return this.transactions;
  }

  read<T = Record<string, unknown>>(query: CypherQuery, params: Record<string, unknown> = {}): Promise<T[]> {
    // Gated outside the transaction: a request waiting for the first run must not use up its own timeout.
    return this.firstRuns.run(query.name, () => this.readTransaction((run) => run<T>(query, params)));
  }

  write<T = Record<string, unknown>>(query: CypherQuery, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.firstRuns.run(query.name, () => this.writeTransaction((run) => run<T>(query, params)));
  }

  async readTransaction<R>(work: (run: QueryRunner) => Promise<R>): Promise<R> {
    return this.transaction('READ', work);
  }

  async writeTransaction<R>(work: (run: QueryRunner) => Promise<R>): Promise<R> {
    return this.transaction('WRITE', work);
  }

  /** Version, edition and address of the server, or a {@link DatabaseError} when it cannot be reached. */
  async serverInfo(): Promise<ServerInfo & { edition?: string }> {
    try {
      return await this.driver.getServerInfo({ database: this.options.database });
    } catch (error) {
      throw toDatabaseError(error);
    }
  }

  private async transaction<R>(mode: 'READ' | 'WRITE', work: (run: QueryRunner) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    this.transactions += 1;
    try {
      const body = (tx: ManagedTransaction) => work((query, params = {}) => runQuery(tx, query, params));
      const config = { timeout: this.options.transactionTimeoutMs, metadata: { app: 'actorgraph' } };
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      const mapped = toDatabaseError(error);
      if (mapped.code === DatabaseErrorCode.INTERNAL) this.logger.error(`transaction failed: ${String(error)}`);
      if (mapped.code === DatabaseErrorCode.UNAVAILABLE) this.firstRuns.reset();
      if (mapped.code === DatabaseErrorCode.UNAVAILABLE && Date.now() - this.lastUnavailableLog > 10_000) {
        // Once per 10 s while Neo4j is down, not once per request.
        this.lastUnavailableLog = Date.now();
        this.logger.warn(`Neo4j at ${this.options.uri} is unavailable: ${(error as Error).message}`);
      }
      throw mapped;
    } finally {
      await session.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}

async function runQuery<T>(tx: ManagedTransaction, query: CypherQuery, params: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(query.text, params);
  return result.records.map((record) => toNative(record.toObject()) as T);
}
