import { generateApiKey, type Role } from '@actorgraph/access';
import { DatasetLoader } from '@actorgraph/ingest';
import { CypherRegistry } from '@actorgraph/neo4j';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp } from '../../apps/api/src/create-app';
import { clearGraph } from './clear-graph';

export { clearGraph };

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }[];
}

/** The real API listening on a free port of 127.0.0.1, over the suite's Neo4j. */
export interface TestApi {
  app: NestFastifyApplication;
  url: string;
  /** POST /graphql; `headers` e.g. `{ authorization: \`Bearer ${key}\` }` (see createTestApiKey). */
  graphql: <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<T>>;
  get: (path: string) => Promise<{ status: number; body: any }>;
  close: () => Promise<void>;
}

/** The environment the tests' Neo4j was published in by the global setup, plus overrides. */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NEO4J_URI: process.env['NEO4J_URI'],
    NEO4J_USERNAME: process.env['NEO4J_USERNAME'],
    NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'],
    NEO4J_DATABASE: process.env['NEO4J_DATABASE'] ?? 'neo4j',
    LOG_LEVEL: 'error',
    SEED_ON_START: 'false',
    GRAPHQL_IDE: 'false',
    // Suites send many requests from one address; the cost limit has its own tests (test/hostile).
    RATE_LIMIT_COST_PER_MINUTE: '0',
    ...overrides,
  };
}

export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const app = await createApp(testEnv(overrides));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    graphql: async (query, variables, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<any>;
    },
    get: async (path) => {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: keep the text */
      }
      return { status: response.status, body };
    },
    close: () => app.close(),
  };
}

/** A driver on the tests' Neo4j, for arranging and checking data directly. */
export function testDriver(): Driver {
  return neo4j.driver(
    process.env['NEO4J_URI'] as string,
    neo4j.auth.basic(process.env['NEO4J_USERNAME'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''),
  );
}

/**
 * Node and relationship counts, to prove an operation changed nothing (or exactly what it should). Schema
 * bookkeeping is never counted: the applied migrations, the change log's sequence node (migration 006 creates
 * it) and the network's deltas (one per projection change, docs/network.md). `links: true`
 * leaves out the network projection (docs/network.md: INTERACTED*, NetworkState), for tests that count the links
 * a write draws.
 */
export async function graphCounts(
  driver: Driver,
  options: { links?: boolean } = {},
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    options.links
      ? 'CALL { MATCH (n) WHERE NOT n:Migration AND NOT n:ChangeSequence AND NOT n:NetworkState AND NOT n:NetworkDelta RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH $projection RETURN count(r) AS relationships } RETURN nodes, relationships'
      : 'CALL { MATCH (n) WHERE NOT n:Migration AND NOT n:ChangeSequence AND NOT n:NetworkDelta RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    { projection: 'INTERACTED' },
  );
  const record = records[0]!;
  return {
    nodes: (record.get('nodes') as any).toNumber(),
    relationships: (record.get('relationships') as any).toNumber(),
  };
}

/** A driver on the tests' Neo4j, the graph emptied first; stopTestApi(undefined, driver) clears and closes it. */
export async function emptyGraphDriver(): Promise<Driver> {
  const driver = testDriver();
  await clearGraph(driver);
  return driver;
}

/** The API over an empty graph, and a driver on that graph: for suites that arrange their own data. */
export async function startEmptyApi(overrides: Record<string, string> = {}): Promise<{ api: TestApi; driver: Driver }> {
  const driver = await emptyGraphDriver();
  return { api: await startTestApi(overrides), driver };
}

/** The API over a graph holding exactly the shipped dataset: what most suites start from. */
export async function startSeededApi(
  overrides: Record<string, string> = {},
): Promise<{ api: TestApi; driver: Driver }> {
  const { api, driver } = await startEmptyApi(overrides);
  const loaded = await api.app.get(DatasetLoader, { strict: false }).load(['data']);
  if (!loaded.ok) throw new Error(`the seed dataset did not load: ${loaded.issues.length} issues`);
  await driver.executeQuery('CALL db.awaitIndexes()');
  return { api, driver };
}

/** Leaves no data behind for the next suite, and closes the API and driver a suite opened. */
export async function stopTestApi(api: TestApi | undefined, driver: Driver | undefined): Promise<void> {
  if (driver) await clearGraph(driver);
  await api?.close();
  await driver?.close();
}

/**
 * Stores a new API key with this role (through the API's own Cypher) and returns its secret, to send as
 * `authorization: Bearer <secret>`. clearGraph removes it with everything else.
 */
export async function createTestApiKey(
  driver: Driver,
  role: Role | 'reader' | 'editor' | 'admin',
  name = `test-${role}`,
): Promise<string> {
  const { id, secret, hash } = generateApiKey();
  await driver.executeQuery(new CypherRegistry().require('api-keys/create-api-key').text, { id, name, role, hash });
  return secret;
}
