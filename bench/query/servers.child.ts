import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/create-app';
import { benchDriver, benchEnv } from '../support/bench-neo4j';
import { ceilingServer } from './ceiling-server';
import { workloads } from './workloads';

/**
 * Child process holding the targets on 127.0.0.1 (the load generator runs in the parent, so it does not
 * steal the servers' event loop): the real API and the ceiling. Prints {api, ceiling} URLs as one JSON line.
 */
async function main(hub: string, regular: string): Promise<void> {
  // No rate limit: the load generator is one client sending thousands of requests a minute.
  const app = await createApp(benchEnv({ MIGRATE_ON_START: 'true', RATE_LIMIT_PER_MINUTE: '0' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const apiPort = (app.getHttpServer().address() as AddressInfo).port;
  const ceiling = ceilingServer(benchDriver(), workloads({ hub, regular }));
  await new Promise<void>((resolve) => ceiling.listen(0, '127.0.0.1', resolve));
  const ceilingPort = (ceiling.address() as AddressInfo).port;
  process.stdout.write(
    `${JSON.stringify({ api: `http://127.0.0.1:${apiPort}/graphql`, ceiling: `http://127.0.0.1:${ceilingPort}` })}\n`,
  );
}

main(process.argv[2] as string, process.argv[3] as string).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
