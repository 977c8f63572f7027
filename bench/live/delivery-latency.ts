// Delivery latency of subscriptions (issue 18: p95 ≤ 1 s is a benchmark, not a test). Two API applications over
// the Neo4j of NEO4J_URI (which it clears), one `changes` subscriber on each, WRITES sequential upsertActor
// mutations alternately through each; prints p50/p95/max from a write's commit (its change's `at`, taken in the
// writing transaction; same machine, same clock) to each subscriber's event.
// Run: NEO4J_URI=… NEO4J_PASSWORD=… npx ts-node -r tsconfig-paths/register --transpile-only bench/live/delivery-latency.ts
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { clearGraph, createTestApiKey, startTestApi, testDriver } from '../../test/support/test-api';

const WRITES = Number(process.env['WRITES'] ?? 100);
const UPSERT = `mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { change { id } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const driver = testDriver();
  await clearGraph(driver);
  const apis = [await startTestApi(), await startTestApi()];
  const key = await createTestApiKey(driver, 'editor');
  const lags: number[] = [];
  const clients = apis.map((api) => {
    const client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { apiKey: key },
    });
    client.subscribe<{ changes: { id: string; at: string } }>(
      { query: 'subscription { changes { id at } }' },
      {
        next: ({ data }) => {
          lags.push(Date.now() - Date.parse(data!.changes.at));
        },
        error: (error) => console.error(error),
        complete: () => undefined,
      },
    );
    return client;
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let n = 0; n < WRITES; n += 1) {
    const api = apis[n % 2]!;
    const input = { id: `person:bench-live-${n}`, kind: 'PERSON', name: `Bench Live ${n}` };
    await api.graphql(UPSERT, { input }, { authorization: `Bearer ${key}` });
  }
  while (lags.length < WRITES * 2) await new Promise((resolve) => setTimeout(resolve, 50));
  lags.sort((x, y) => x - y);
  console.log(
    `${WRITES} writes, ${lags.length} deliveries (commit → event): p50 ${percentile(lags, 50)} ms, ` +
      `p95 ${percentile(lags, 95)} ms, max ${lags[lags.length - 1]} ms`,
  );
  for (const client of clients) await client.dispose();
  for (const api of apis) await api.close();
  await clearGraph(driver);
  await driver.close();
  process.exit(0);
}

void main();
