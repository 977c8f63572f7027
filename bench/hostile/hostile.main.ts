/**
 * Hostile-load bench (issue 14): while each attack runs, probes /health and actor(id) and reports their p50/p99
 * latency, 503 or DATABASE_UNAVAILABLE answers, how the attacks were answered, and the API's memory (from /metrics).
 * Start the API first (rate limits off, so the attackers are not simply refused as one address):
 *   RATE_LIMIT_PER_MINUTE=0 RATE_LIMIT_COST_PER_MINUTE=0 npm start
 *   npx ts-node --transpile-only bench/hostile/hostile.main.ts http://127.0.0.1:3000 [seconds per attack]
 */
import { ATTACKS, type Attack } from './attacks';

const url = process.argv[2] ?? 'http://127.0.0.1:3000';
const seconds = Number(process.argv[3] ?? 15);
const PROBE_ACTOR = JSON.stringify({ query: '{ actor(id: "state:ukraine") { id name } }' });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function rssMb(): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^actorgraph_process_resident_memory_bytes (\S+)$/m.exec(text);
  return match ? Math.round(Number(match[1]) / 2 ** 20) : NaN;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface Probe {
  latencies: number[];
  bad: number;
}

/** One probe client: sends `send` back to back, 20 ms apart, until `until`. */
async function probe(send: () => Promise<Response>, until: number): Promise<Probe> {
  const result: Probe = { latencies: [], bad: 0 };
  while (Date.now() < until) {
    const start = performance.now();
    try {
      const response = await send();
      const text = await response.text();
      result.latencies.push(performance.now() - start);
      if (response.status === 503 || text.includes('DATABASE_UNAVAILABLE') || text.includes('"errors"'))
        result.bad += 1;
    } catch {
      result.bad += 1;
    }
    await sleep(20);
  }
  return result;
}

/** The attackers: each sends its bodies in turn until `until`; counts answers by status and first error code. */
async function attack(spec: Attack, until: number): Promise<Map<string, number>> {
  const outcomes = new Map<string, number>();
  const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  await Promise.all(
    Array.from({ length: spec.clients }, async (_, client) => {
      for (let i = client; Date.now() < until; i += 1) {
        try {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: spec.bodies[i % spec.bodies.length],
            signal: AbortSignal.timeout(60_000),
          });
          const text = await response.text();
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'ok';
          count(`${response.status} ${code}`);
        } catch (error) {
          count(`no answer (${(error as Error).name})`);
        }
      }
    }),
  );
  return outcomes;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const baseline = await rssMb();
  let peak = baseline;
  for (const spec of ATTACKS) {
    const bytes = Math.max(...spec.bodies.map((b) => Buffer.byteLength(b)));
    const until = Date.now() + seconds * 1000;
    const memory = (async () => {
      while (Date.now() < until) {
        peak = Math.max(peak, await rssMb().catch(() => peak));
        await sleep(500);
      }
    })();
    const [outcomes, health, actor] = await Promise.all([
      attack(spec, until),
      probe(() => fetch(`${url}/health`), until),
      probe(
        () =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: PROBE_ACTOR,
          }),
        until,
      ),
      memory,
    ]);
    const fmt = (p: Probe) =>
      `${percentile(p.latencies, 50).toFixed(0)} / ${percentile(p.latencies, 99).toFixed(0)} ms (${p.latencies.length}, ${p.bad} bad)`;
    const answers = [...outcomes].map(([k, v]) => `${v}× ${k}`).join(', ');
    rows.push(`| ${spec.name} | ${bytes} B | ${fmt(health)} | ${fmt(actor)} | ${answers} |`);
    process.stdout.write(`${rows[rows.length - 1]}\n`);
    await sleep(2000);
  }
  const after = await rssMb();
  process.stdout.write(
    `\n| Attack | Largest request | /health p50 / p99 (probes, bad) | actor(id) p50 / p99 (probes, bad) | Attack answers |\n` +
      `| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\nAPI RSS: ${baseline} MB before, ${peak} MB peak, ${after} MB after (growth ${peak - baseline} MB)\n`,
  );
}

void main();
