import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { clearGraph } from '../../test/support/clear-graph';

/**
 * The benchmark's own Neo4j (instance `bench`, port 7705): never the dev or test servers. BENCH_NEO4J_URI
 * (with BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD) points the harness at another server instead: the smoke test
 * uses the test suite's.
 */
export const ROOT = resolve(__dirname, '..', '..');
export const BENCH_HOME = join(ROOT, '.neo4j', 'bench');
export const BENCH_PORT = 7705;

export interface Connection {
  uri: string;
  username: string;
  password: string;
}

/** The server named by BENCH_NEO4J_URI, or null for the bench instance. */
export function externalConnection(): Connection | null {
  const uri = process.env['BENCH_NEO4J_URI'];
  if (!uri) return null;
  return {
    uri,
    username: process.env['BENCH_NEO4J_USERNAME'] ?? 'neo4j',
    password: process.env['BENCH_NEO4J_PASSWORD'] ?? '',
  };
}

export function connection(): Connection {
  const external = externalConnection();
  if (external) return external;
  const c = JSON.parse(readFileSync(join(BENCH_HOME, 'connection.json'), 'utf8')) as Connection & { port: number };
  if (c.port !== BENCH_PORT) throw new Error(`bench Neo4j is on port ${c.port}, expected ${BENCH_PORT}`);
  return { uri: c.uri, username: c.username, password: c.password };
}

/** What the project's config reads, pointed at the bench server. */
export function benchEnv(extra: Record<string, string> = {}): Record<string, string> {
  const c = connection();
  return {
    NEO4J_URI: c.uri,
    NEO4J_USERNAME: c.username,
    NEO4J_PASSWORD: c.password,
    NEO4J_DATABASE: 'neo4j',
    NEO4J_TRANSACTION_TIMEOUT_MS: '600000',
    // The bench measures throughput from one address: no deadline shorter than the transactions', no cost limit.
    REQUEST_TIMEOUT_MS: '600000',
    NEO4J_SESSION_WAIT_MS: '600000',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    LOG_LEVEL: 'error',
    SEED_ON_START: 'false',
    GRAPHQL_IDE: 'false',
    ...extra,
  };
}

export function benchDriver(): Driver {
  const c = connection();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true });
}

function localNeo4j(command: 'start' | 'stop'): void {
  const args = [join(ROOT, 'scripts', 'neo4j', 'local-neo4j.mjs'), command, 'bench'];
  if (command === 'start') args.push(String(BENCH_PORT));
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`local-neo4j ${command} bench failed (exit ${result.status})`);
}

export const stopBench = (): void => localNeo4j('stop');
export const startBench = (): void => localNeo4j('start');

/** The store folders of database `neo4j` in the bench home: what an empty database means. */
export function dropStore(): void {
  for (const dir of ['databases', 'transactions'])
    rmSync(join(BENCH_HOME, 'data', dir, 'neo4j'), { recursive: true, force: true });
}

/**
 * An empty graph. The bench server is stopped, its database `neo4j` deleted and started again (no slow delete of
 * millions of rows); a server named by BENCH_NEO4J_URI is not ours to stop, so its data is deleted in batches
 * (schema and migrations stay).
 */
export async function emptyDatabase(): Promise<void> {
  if (!externalConnection()) {
    stopBench();
    dropStore();
    startBench();
    return;
  }
  const driver = benchDriver();
  try {
    await clearGraph(driver);
  } finally {
    await driver.close();
  }
}
