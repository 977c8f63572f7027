import autocannon from 'autocannon';

export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One fixed-duration autocannon run (after a warm-up of the same request): throughput and latency. */
export async function load(
  target: { url: string; method: 'GET' | 'POST'; body?: string },
  connections: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  const options = {
    url: target.url,
    method: target.method,
    body: target.body,
    headers: { 'content-type': 'application/json' },
    connections,
    pipelining: 1,
  };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const r = await autocannon({ ...options, duration: seconds });
  // A target too slow to finish one request within the run has no latency to show, not a latency of 0.
  const done = r.requests.total > 0;
  return {
    reqPerSec: r.requests.average,
    p50: done ? r.latency.p50 : NaN,
    p99: done ? r.latency.p99 : NaN,
    errors: r.errors + r.non2xx + r.timeouts,
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
