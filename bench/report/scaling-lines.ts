/** Issue 6's scaling check: W1 and W3 p50 (API, one connection) per dataset size, largest ÷ smallest ≤ 2. */
type Row = { size: number; workload: string; target: string; connections: number; p50: number | null };

const WORKLOADS = ['W1', 'W3'];
const MAX_GROWTH = 2;
const f = (n: number | null | undefined, d = 1) => (n != null && Number.isFinite(n) ? n.toFixed(d) : '—');

export function scalingLines(query: Row[]): string[] {
  const rows = query.filter((r) => r.target === 'api' && r.connections === 1 && WORKLOADS.includes(r.workload));
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  if (sizes.length < 2) return ['### Scaling', '', 'Only one dataset size was measured in this run.'];
  const p50 = (workload: string, size: number) =>
    rows.find((r) => r.workload === workload && r.size === size)?.p50 ?? null;
  return [
    `### Scaling: API p50 (ms) at 1 connection by size; target: largest ≤ ${MAX_GROWTH}× smallest`,
    '',
    `| workload | ${sizes.join(' | ')} | largest ÷ smallest | target |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...WORKLOADS.map((w) => {
      const first = p50(w, sizes[0]!);
      const last = p50(w, sizes[sizes.length - 1]!);
      const growth = first && last != null ? last / first : NaN;
      const verdict = Number.isFinite(growth) ? (growth <= MAX_GROWTH ? 'met' : '**not met**') : '—';
      return `| ${w} | ${sizes.map((s) => f(p50(w, s))).join(' | ')} | ${f(growth, 2)} | ${verdict} |`;
    }),
  ];
}
