/** Issue 6's ingest targets, from the same run's rows: vs neo4j-admin import, vs the naive loader, memory, 1M vs 10k. */
type IngestRow = { loader: string; size: string; result: { seconds: number; created: number; maxRssMb?: number } };
type AdminRow = { size: string; interactions: number; seconds: number };

const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');
const verdict = (v: number, ok: (v: number) => boolean) => (Number.isFinite(v) ? (ok(v) ? 'met' : '**not met**') : '—');

export function ingestTargetLines(ingest: IngestRow[], admin: AdminRow[]): string[] {
  const rate = (loader: string, size: string) => {
    const r = ingest.find((x) => x.loader === loader && x.size === size);
    return r ? r.result.created / r.result.seconds : NaN;
  };
  const adminRate = (size: string) => {
    const r = admin.find((x) => x.size === size);
    return r ? r.interactions / r.seconds : NaN;
  };
  // A run whose loader with the projection did not finish (stopped by hand) still reports the load without it.
  const sizes = [
    ...new Set(ingest.filter((r) => r.loader === 'project' || r.loader === 'project-no-network').map((r) => r.size)),
  ];
  if (sizes.length === 0) return [];
  const largest = sizes.includes('1m') ? '1m' : sizes[sizes.length - 1]!;
  const naive = ingest.find((r) => r.loader === 'naive');
  const naiveRate = naive ? naive.result.created / naive.result.seconds : NaN;
  const rss =
    ingest.find((r) => r.loader === 'project' && r.size === largest)?.result.maxRssMb ??
    ingest.find((r) => r.loader === 'project-no-network' && r.size === largest)?.result.maxRssMb ??
    NaN;
  const growth = rate('project', largest) / rate('project', sizes[0]!);
  return [
    '### Ingest targets',
    '',
    '| target | measured | verdict |',
    '| --- | ---: | --- |',
    ...sizes.map((s) => {
      const v = rate('project', s) / adminRate(s);
      return `| ${s}: project ≥ 25 % of neo4j-admin import | ${f(v * 100, 1)} % | ${verdict(v, (x) => x >= 0.25)} |`;
    }),
    ...sizes
      .filter((s) => ingest.some((r) => r.loader === 'project-no-network' && r.size === s))
      .map((s) => {
        const v = rate('project-no-network', s) / adminRate(s);
        return `| ${s}: project without the projection vs neo4j-admin import (the upper bound of the above) | ${f(v * 100, 1)} % | ${verdict(v, (x) => x >= 0.25)} |`;
      }),
    ...sizes.map((s) => {
      const v = rate('project', s) / naiveRate;
      return `| ${s}: project ≥ 20× naive (naive at ${naive?.size ?? '—'}) | ${f(v, 1)}× | ${verdict(v, (x) => x >= 20)} |`;
    }),
    `| ${largest}: loader peak RSS < 500 MB | ${f(rss, 0)} MB | ${verdict(rss, (x) => x < 500)} |`,
    `| ${largest} rate ≥ 80 % of ${sizes[0]} rate | ${f(growth * 100, 0)} % | ${verdict(growth, (x) => x >= 0.8)} |`,
    ...sizes
      .filter((s) => ingest.some((r) => r.loader === 'project-no-network' && r.size === s))
      .map((s) => {
        const slower = rate('project-no-network', s) / rate('project', s) - 1;
        return `| ${s}: keeping the network projection costs ≤ 15 % of ingest speed | ${f(slower * 100, 1)} % slower | ${verdict(slower, (x) => x <= 0.15)} |`;
      }),
  ];
}
