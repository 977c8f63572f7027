import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { readManifest } from '../support/dataset-files';
import { benchDriver, ROOT } from '../support/bench-neo4j';
import { spawnTs } from '../support/spawn-ts';
import { answerDifference } from './compare-answers';
import { load, median, type LoadResult } from './load';
import { peerQueries } from './peer-workloads';
import { startPeer } from './peer-server';
import { waitForIdleNeo4j } from './wait-for-idle-neo4j';
import { workloads, type Workload } from './workloads';

type Target = { url: string; method: 'GET' | 'POST'; body?: string };

/**
 * `run-query <dataset-folder> <out.jsonl> [seconds=10] [runs=3] [concurrency=1,32] [workloads=W1,…] [warmup=3]`:
 * the API, the ceiling and the peer under autocannon, each workload and concurrency in turn, interleaved per run
 * (api, ceiling, peer, then again), after checking that the peer answers each question as the API does. `warmup`
 * is the first run's warm-up in seconds (later runs: at most 1 s); the smoke run passes 0.
 */
async function main(): Promise<void> {
  const [folder, out, seconds = '10', runs = '3', conc = '1,32', only = 'W1,W2,W3,W4,W5', warmup = '3'] =
    process.argv.slice(2);
  const manifest = readManifest(folder as string);
  const child = spawnTs(join(__dirname, 'servers.child.ts'), [manifest.hub, manifest.regular], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const peer = await startPeer();
  if ('skipped' in peer) process.stdout.write(`peer skipped: ${peer.skipped}\n`);
  const failures: string[] = [];
  try {
    const urls = await new Promise<{ api: string; ceiling: string }>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line))),
    );
    const all = workloads(manifest);
    const peerBodies = peerQueries(manifest, all.find((w) => w.name === 'W5')!.cypher!.params.query as string);
    const run: Run = {
      out: out as string,
      size: manifest.interactions,
      concurrencies: (conc as string).split(',').map(Number),
      runs: Number(runs),
      seconds: Number(seconds),
      warmup: Number(warmup),
    };
    for (const w of all.filter((x) => (only as string).split(',').includes(x.name))) {
      const targets: [string, Target][] = [['api', { url: urls.api, method: 'POST', body: JSON.stringify(w.graphql) }]];
      if (w.cypher) targets.push(['ceiling', { url: `${urls.ceiling}/${w.name}`, method: 'GET' }]);
      if ('url' in peer)
        targets.push(['peer', { url: peer.url, method: 'POST', body: JSON.stringify(peerBodies[w.name]) }]);
      // A workload the API answers with errors is not measured; one the peer answers differently is measured with
      // its rows marked (sameAnswer: false). Either way the others still run, and the run fails at the end.
      try {
        const difference = await checkAnswers(w.name, targets);
        if (difference) {
          failures.push(difference);
          process.stderr.write(`ANSWERS DIFFER ${difference}\n`);
        }
        await measure(w.name, targets, { ...run, sameAnswer: difference === null });
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
        process.stderr.write(`NOT MEASURED ${failures.at(-1)}\n`);
      }
    }
  } finally {
    child.kill('SIGTERM');
    if ('url' in peer) peer.process.kill('SIGTERM');
    await idle.close();
  }
  if (failures.length > 0)
    throw new Error(`${failures.length} workload(s) failed their check:\n${failures.join('\n')}`);
}

interface Run {
  out: string;
  size: number;
  concurrencies: number[];
  runs: number;
  seconds: number;
  warmup: number;
}

/** Throws unless the API answers without errors; then how the peer's answer differs from it, or null. */
async function checkAnswers(name: Workload['name'], targets: [string, Target][]): Promise<string | null> {
  const api = await graphql(name, targets[0]![1]);
  const peer = targets.find(([t]) => t === 'peer');
  return peer ? answerDifference(name, api, await graphql(`${name} (peer)`, peer[1])) : null;
}

/** Watches the server between measurements (see waitForIdleNeo4j). */
const idle = benchDriver();

/** Every concurrency, runs interleaved across the targets (the first with a longer warm-up); one row per target. */
async function measure(
  name: Workload['name'],
  targets: [string, Target][],
  run: Run & { sameAnswer: boolean },
): Promise<void> {
  for (const c of run.concurrencies) {
    const samples = new Map<string, LoadResult[]>(targets.map(([t]) => [t, []]));
    for (let r = 0; r < run.runs; r += 1)
      for (const [t, target] of targets) {
        samples.get(t)!.push(await load(target, c, run.seconds, r === 0 ? run.warmup : Math.min(run.warmup, 1)));
        await waitForIdleNeo4j(idle);
      }
    for (const [target, xs] of samples) {
      const row = summarise(xs, { size: run.size, workload: name, target, connections: c, sameAnswer: run.sameAnswer });
      appendFileSync(run.out, `${JSON.stringify(row)}\n`);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  }
}

/** One GraphQL request; its data, or an error naming the workload when it answered errors. */
async function graphql(name: string, target: Target): Promise<unknown> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.body,
  });
  const answer = (await res.json()) as { data?: unknown; errors?: unknown };
  if (answer.errors || !answer.data)
    throw new Error(`${name} answered errors: ${JSON.stringify(answer.errors).slice(0, 400)}`);
  return answer.data;
}

/** Median of the runs, with min–max for throughput and p99. */
function summarise(xs: LoadResult[], key: Record<string, unknown>): Record<string, unknown> {
  return {
    ...key,
    reqPerSec: median(xs.map((x) => x.reqPerSec)),
    reqPerSecMin: Math.min(...xs.map((x) => x.reqPerSec)),
    reqPerSecMax: Math.max(...xs.map((x) => x.reqPerSec)),
    p50: median(xs.map((x) => x.p50)),
    p99: median(xs.map((x) => x.p99)),
    p99Min: Math.min(...xs.map((x) => x.p99)),
    p99Max: Math.max(...xs.map((x) => x.p99)),
    errors: xs.reduce((n, x) => n + x.errors, 0),
    runs: xs.length,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
