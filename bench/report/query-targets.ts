/** The query section's comparisons: API ÷ ceiling and API ÷ peer per row, and issue 6's targets at 32 connections. */
type Row = {
  size: number;
  workload: string;
  target: string;
  connections: number;
  reqPerSec: number;
  p99: number | null;
  sameAnswer?: boolean;
};

const TARGETS = { peerRatio: 2, ceilingRatio: 0.7, p99Ms: 50, p99Workloads: ['W1', 'W2', 'W3'], connections: 32 };
const f = (n: number | null | undefined, d = 2) =>
  n === Infinity ? '∞' : n != null && Number.isFinite(n) ? n.toFixed(d) : '—';

function other(query: Row[], r: Row, target: string): Row | undefined {
  return query.find(
    (x) => x.target === target && x.size === r.size && x.workload === r.workload && x.connections === r.connections,
  );
}

/** Infinity when the other target finished no request in the run and the API did. */
const ratio = (a: Row, b: Row | undefined): number =>
  !b ? NaN : b.reqPerSec > 0 ? a.reqPerSec / b.reqPerSec : a.reqPerSec > 0 ? Infinity : NaN;

export function ratioLines(query: Row[]): string[] {
  return [
    '### API ÷ ceiling and API ÷ peer (req/s, same run)',
    '',
    '| size | workload | conn | API ÷ ceiling | API ÷ peer |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...query
      .filter((r) => r.target === 'api')
      .map(
        (r) =>
          `| ${r.size} | ${r.workload} | ${r.connections} | ${f(ratio(r, other(query, r, 'ceiling')))} | ${f(ratio(r, other(query, r, 'peer')))} |`,
      ),
  ];
}

/** met / not met per workload; "—" where the run has no such measurement (the peer skipped, say). */
export function targetLines(query: Row[]): string[] {
  const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'met' : '**not met**');
  const at32 = query.filter((r) => r.target === 'api' && r.connections === TARGETS.connections);
  return [
    `### Targets at ${TARGETS.connections} connections`,
    '',
    `| size | workload | API ≥ ${TARGETS.peerRatio}× peer | API ≥ ${TARGETS.ceilingRatio}× ceiling | p99 < ${TARGETS.p99Ms} ms (${TARGETS.p99Workloads.join(', ')}) |`,
    '| ---: | --- | --- | --- | --- |',
    ...at32.map((r) => {
      const peer = ratio(r, other(query, r, 'peer'));
      const ceiling = ratio(r, other(query, r, 'ceiling'));
      const p99 = TARGETS.p99Workloads.includes(r.workload)
        ? `${verdict(r.p99 != null && r.p99 < TARGETS.p99Ms)} (${f(r.p99, 0)} ms)`
        : 'n/a';
      const differs = r.sameAnswer === false ? ' — answers differ' : '';
      return `| ${r.size} | ${r.workload} | ${verdict(Number.isNaN(peer) ? null : peer >= TARGETS.peerRatio)} (${f(peer)})${differs} | ${verdict(Number.isNaN(ceiling) ? null : ceiling >= TARGETS.ceilingRatio)} (${f(ceiling)}) | ${p99} |`;
    }),
  ];
}
