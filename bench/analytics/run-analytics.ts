import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createApp } from '../../apps/api/src/create-app';

/**
 * `run-analytics <out.jsonl> [requests=30] [warmup=3] [year=2020]`: issue 16's workloads against the API over the
 * graph already in NEO4J_URI (a generated bench dataset, loaded with `cli load`), one request at a time (p50 and p95
 * of `requests` after `warmup` unmeasured ones). A1: the busiest dyad's monthly series (the listing of the top dyad
 * included); A2: state-level top 50 dyads of a year; A3: the 50 most conflictual dyads of a year (projection);
 * A4: the busiest actor's monthly activity; A5: PageRank over 10 yearly windows (2015–2024) — its cold figure is the
 * first request of a fresh API process (nothing cached: the network read from the projection, 10 windows computed),
 * the others are reused from the cache. The peer (@neo4j/graphql) cannot express A1, A2 or A4 without a custom
 * resolver (zero periods, quad classes per interaction, the date-dependent state rule) and A3 only as a @cypher
 * field over the projection; it is not measured here.
 */
const WORKLOADS = (year: string, hub: string) => [
  {
    name: 'A5',
    title: 'PageRank over 10 yearly windows (2015–2024)',
    query: `{ centrality(metric: PAGERANK, first: 10, window: { from: "2015", to: "2024", step: YEAR }) { rank score actor { id } windows { period rank score } } }`,
  },
  {
    name: 'A1',
    title: 'monthly series of the busiest dyad (all years)',
    query: `{ dyads(first: 1) { source { id } target { id } count series(granularity: MONTH) { period count balance { conflict cooperation } } } }`,
  },
  {
    name: 'A2',
    title: `state-level top 50 dyads of ${year}`,
    query: `{ dyads(level: STATE, where: { from: "${year}", to: "${year}" }, first: 50) { source { id } target { id } count kinds } }`,
  },
  {
    name: 'A3',
    title: `top 50 dyads of ${year} by conflict`,
    query: `{ dyads(orderBy: CONFLICT, where: { from: "${year}", to: "${year}" }, first: 50) { source { id } target { id } count } }`,
  },
  {
    name: 'A4',
    title: 'monthly activity of the hub (all years)',
    query: `{ actor(id: "${hub}") { activity(granularity: MONTH) { period count } } }`,
  },
];

async function main(): Promise<void> {
  const [
    out = 'bench/analytics/analytics.jsonl',
    requests = '30',
    warmup = '3',
    year = '2020',
    hub = 'state:kakaka-0',
  ] = process.argv.slice(2);
  const app = await createApp({
    ...process.env,
    LOG_LEVEL: 'error',
    SEED_ON_START: 'false',
    GRAPHQL_IDE: 'false',
    RATE_LIMIT_COST_PER_MINUTE: '1000000000',
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const ask = async (query: string) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
    return { ms: performance.now() - started, data: body.data };
  };
  try {
    // The process's first request pays for the driver's connections and the schema: not any workload's cold figure.
    await ask('{ __typename }');
    // A5 first: its cold figure must find nothing cached (A3 reads the same network).
    for (const w of WORKLOADS(year, hub)) {
      const cold = await ask(w.query);
      for (let i = 1; i < Number(warmup); i += 1) await ask(w.query);
      const times: number[] = [];
      for (let i = 0; i < Number(requests); i += 1) times.push((await ask(w.query)).ms);
      times.sort((a, b) => a - b);
      const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
      const row = {
        workload: w.name,
        title: w.title,
        coldMs: Math.round(cold.ms),
        p50Ms: at(0.5),
        p95Ms: at(0.95),
        requests: times.length,
        answer: JSON.stringify(cold.data).slice(0, 160),
        loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
      };
      appendFileSync(out, `${JSON.stringify(row)}\n`);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
