import { loadavg } from 'node:os';
import { attacks, type Attack } from './attacks';

/**
 * Hostile-load bench (issue 14): while each attack runs, probes /health and actor(id) and reports their p50/p99
 * latency, 503 or DATABASE_UNAVAILABLE answers, how the attacks were answered, and the API's memory (from /metrics),
 * with the machine's load average at the end of each attack (the probes' latencies depend on it).
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface Probe {
  latencies: number[];
  bad: number;
}

export interface ProbeSummary {
  p50: number;
  p99: number;
  probes: number;
  bad: number;
}

export interface HostileRow {
  attack: string;
  largestRequestBytes: number;
  health: ProbeSummary;
  actor: ProbeSummary;
  /** "<status> <first error code or ok>" → how many answers. */
  answers: Record<string, number>;
  /** 1, 5 and 15 minute load averages when the attack ended. */
  loadavg: number[];
}

export interface HostileRun {
  rows: HostileRow[];
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
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
async function attack(url: string, spec: Attack, until: number): Promise<Map<string, number>> {
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

/** Every attack in turn for `seconds`, against the API at `url` (no path), around `actor` and `other`. */
export async function runHostile(
  url: string,
  seconds: number,
  ids: { actor?: string; other?: string } = {},
  onRow: (row: HostileRow) => void = () => undefined,
): Promise<HostileRun> {
  const rssMb = async (): Promise<number> => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const match = /^actorgraph_process_resident_memory_bytes (\S+)$/m.exec(text);
    return match ? Math.round(Number(match[1]) / 2 ** 20) : NaN;
  };
  const probeActor = JSON.stringify({ query: `{ actor(id: "${ids.actor ?? 'state:ukraine'}") { id name } }` });
  const rows: HostileRow[] = [];
  const rssBeforeMb = await rssMb();
  let rssPeakMb = rssBeforeMb;
  for (const spec of attacks(ids.actor, ids.other)) {
    const until = Date.now() + seconds * 1000;
    const memory = (async () => {
      while (Date.now() < until) {
        rssPeakMb = Math.max(rssPeakMb, await rssMb().catch(() => rssPeakMb));
        await sleep(500);
      }
    })();
    const [outcomes, health, actor] = await Promise.all([
      attack(url, spec, until),
      probe(() => fetch(`${url}/health`), until),
      probe(
        () =>
          fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: probeActor,
          }),
        until,
      ),
      memory,
    ]);
    const summary = (p: Probe): ProbeSummary => ({
      p50: Math.round(percentile(p.latencies, 50)),
      p99: Math.round(percentile(p.latencies, 99)),
      probes: p.latencies.length,
      bad: p.bad,
    });
    const row: HostileRow = {
      attack: spec.name,
      largestRequestBytes: Math.max(...spec.bodies.map((b) => Buffer.byteLength(b))),
      health: summary(health),
      actor: summary(actor),
      answers: Object.fromEntries(outcomes),
      loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
    };
    rows.push(row);
    onRow(row);
    await sleep(2000);
  }
  return { rows, rssBeforeMb, rssPeakMb, rssAfterMb: await rssMb() };
}
