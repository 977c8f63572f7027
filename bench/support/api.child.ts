import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/create-app';
import { benchEnv } from './bench-neo4j';

/**
 * Child process holding only the API on 127.0.0.1, so that its memory (/proc/<pid>/status) is the API's alone and
 * the measuring client runs beside it, not in it. Rate limits off: the bench is one address sending many requests.
 * `api.child.ts [defaults]`: with `defaults`, the API's own deadlines (request, transaction, session wait) instead of
 * the bench's long ones — the hostile bench measures what a client of a real deployment gets. Prints {url}.
 */
const LONG_DEADLINES = ['REQUEST_TIMEOUT_MS', 'NEO4J_TRANSACTION_TIMEOUT_MS', 'NEO4J_SESSION_WAIT_MS'];

async function main(deadlines: string | undefined): Promise<void> {
  const env = benchEnv({ MIGRATE_ON_START: 'true', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_COST_PER_MINUTE: '0' });
  if (deadlines === 'defaults') for (const key of LONG_DEADLINES) delete env[key];
  // How many heavy requests run at once is what the hostile bench compares; the API's default when unset.
  const heavy = process.env.HEAVY_REQUESTS_AT_ONCE;
  if (heavy) env.HEAVY_REQUESTS_AT_ONCE = heavy;
  const app = await createApp(env);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.getHttpServer().address() as AddressInfo).port;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
