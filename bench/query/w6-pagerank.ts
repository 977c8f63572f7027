import { generateApiKey } from '@actorgraph/access';
import { loadAppConfig } from '@actorgraph/config';
import { resolveLinkOptions, toLinkParams } from '@actorgraph/graph';
import { CypherRegistry } from '@actorgraph/neo4j';
import { NetworkComputations } from '@actorgraph/network';
import neo4j from 'neo4j-driver';
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createApp } from '../../apps/api/src/create-app';
import { filterParams, toInteractionFilter } from '../../apps/api/src/interaction-filter/where-params';

/**
 * W6 (issue 13): PageRank over the whole network through the API, the first request after a write (the cache is
 * invalidated by the network version: read, size, compute in a worker) and the same request reused.
 *
 * `w6-pagerank.ts [rounds=5] [reuses=20] [out.jsonl]` over the graph already in NEO4J_URI (e.g. a bench dataset loaded with
 * `cli load`): each round records one new CALL between two existing actors through `recordInteraction` (an editor
 * key made for the run), then asks `centrality(metric: PAGERANK, first: 10)` once (cold) and `reuses` times
 * (reused). Prints one JSON line per round and a summary line with the p50s (also appended to `out.jsonl` when
 * given: bench/run.sh's W6 step); deletes its interactions and key.
 */
const [roundsArg, reusesArg, out] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 5);
const REUSES = Number(reusesArg ?? 20);
const QUERY = '{ centrality(metric: PAGERANK, first: 10) { rank score actor { id } } }';

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const config = loadAppConfig();
  const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD));
  const app = await createApp({ ...process.env, LOG_LEVEL: 'error', SEED_ON_START: 'false', GRAPHQL_IDE: 'false' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const key = generateApiKey();
  await driver.executeQuery(new CypherRegistry().require('api-keys/create-api-key').text, {
    ...key,
    name: 'bench-w6',
    role: 'editor',
  });
  const post = async (query: string, variables?: unknown) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key.secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  const { records } = await driver.executeQuery(
    'MATCH (a:Actor) WITH a ORDER BY a.id LIMIT 2 RETURN collect(a.id) AS ids, COUNT { (:Interaction) } AS n',
  );
  const [a, b] = records[0]!.get('ids') as string[];
  const { records: sources } = await driver.executeQuery('MATCH (s:Source) RETURN s.id AS id LIMIT 1');
  const computations = app.get(NetworkComputations, { strict: false });
  const cold: number[] = [];
  const warm: number[] = [];
  let network: { size: unknown; estimatedMs: unknown } = { size: null, estimatedMs: null };
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      await post('mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }', {
        input: {
          id: `interaction:bench-w6-${round}`,
          kind: 'CALL',
          date: '2024-06-01',
          initiators: [a],
          targets: [b],
          summary: 'W6 write.',
          evidence: [{ source: sources[0]!.get('id'), quote: 'bench' }],
        },
      });
      cold.push(await post(QUERY));
      const reused = [];
      for (let i = 0; i < REUSES; i += 1) reused.push(await post(QUERY));
      warm.push(...reused);
      // The very query the request made (its filter and link options as the API builds them): the cached result,
      // not another computation over another key, which would also take the API's held network from it.
      const { plan, size } = await computations.centrality('PAGERANK', {
        where: filterParams(toInteractionFilter(null)),
        links: toLinkParams(resolveLinkOptions(null)),
        window: { level: 'ALL', from: '0000', to: '9999' },
      });
      network = { size, estimatedMs: plan.estimatedMs };
      process.stdout.write(
        `${JSON.stringify({ round, coldMs: cold[round], reusedP50Ms: p50(reused), size, estimatedMs: plan.estimatedMs })}\n`,
      );
    }
    const row = {
      workload: 'W6',
      interactions: neo4j.integer.toNumber(records[0]!.get('n')),
      rounds: ROUNDS,
      reuses: REUSES,
      coldP50Ms: Math.round(p50(cold)),
      coldMaxMs: Math.round(Math.max(...cold)),
      reusedP50Ms: Math.round(p50(warm) * 10) / 10,
      ...network,
      loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
    };
    if (out) appendFileSync(out, `${JSON.stringify(row)}\n`);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  } finally {
    await driver.executeQuery(
      "MATCH (i:Interaction) WHERE i.id STARTS WITH 'interaction:bench-w6-' DETACH DELETE i WITH count(*) AS gone MATCH (k:ApiKey {name: 'bench-w6'}) DETACH DELETE k",
    );
    await app.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
