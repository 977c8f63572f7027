import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { requireBuilt, ROOT, runBuiltCli } from '../support/built-cli';
import { testEnv } from '../support/test-api';

/** The built API (`npm test` builds dist before jest runs; locally: `npm run build`). */
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

/** A real API process (`node dist/apps/api/src/main.js`) listening on its own port of 127.0.0.1. */
export interface ApiProcess {
  url: string;
  graphql: (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; bookmark: string | null; body: any }>;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A free TCP port of 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns the built API with the tests' Neo4j (NEO4J_* from this process's env), SEED_ON_START=false, on a free
 * port, and waits until its /health answers 200. `nodeOptions` is passed as NODE_OPTIONS (e.g. a --require).
 */
export async function startApiProcess(
  overrides: Record<string, string> = {},
  nodeOptions?: string,
): Promise<ApiProcess> {
  requireBuilt(API_MAIN);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    ...testEnv({ HOST: '127.0.0.1', PORT: String(port), SEED_ON_START: 'false', LOG_LEVEL: 'warn', ...overrides }),
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  };
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (exited !== undefined) return;
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(killed);
  };
  // Generous: the machine running the suite may be busy. The test's own timeout bounds the wait as well.
  for (;;) {
    if (exited !== undefined) throw new Error(`the API process exited (${exited}) before it was healthy:\n${output}`);
    try {
      const health = await fetch(`${url}/health`);
      if (health.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    graphql: async (query, variables = {}, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        bookmark: response.headers.get('x-neo4j-bookmark'),
        body: (await response.json()) as any,
      };
    },
    output: () => output,
    stop,
  };
}

/** Runs the built CLI (`node dist/apps/cli/src/main.js <args>`) in its own process, as an operator would. */
export function runCli(args: string[]): string {
  const run = runBuiltCli(args);
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return run.stdout;
}
