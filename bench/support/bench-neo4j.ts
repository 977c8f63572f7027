import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

/** The benchmark's own Neo4j (instance `bench`, port 7705): never the dev or test servers. */
export const ROOT = resolve(__dirname, '..', '..');
export const BENCH_HOME = join(ROOT, '.neo4j', 'bench');
export const BENCH_PORT = 7705;

export interface Connection {
  uri: string;
  username: string;
  password: string;
}

export function connection(): Connection {
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

/** Stops the bench server, deletes database `neo4j`, starts it again: an empty graph without a slow DETACH DELETE. */
export function emptyDatabase(): void {
  stopBench();
  dropStore();
  startBench();
}
