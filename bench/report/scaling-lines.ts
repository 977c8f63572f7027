/** How p50 grows with the data: issue 6's scaling check and issue 13's 10M point. */
type Row = { size: number; workload: string; target: string; connections: number; p50: number | null };

const MAX_GROWTH = 2;
const f = (n: number | null | undefined, d = 1) => (n != null && Number.isFinite(n) ? n.toFixed(d) : '—');

/** API p50 at one connection of `workloads` at each of `sizes`, and the last size's ÷ the first's (target ≤ 2). */
function growthTable(query: Row[], workloads: string[], sizes: number[]): string[] {
  const p50 = (workload: string, size: number) =>
    query.find((r) => r.target === 'api' && r.connections === 1 && r.workload === workload && r.size === size)?.p50 ??
    null;
  return [
    `| workload | ${sizes.join(' | ')} | largest ÷ smallest | target |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...workloads.map((w) => {
      const first = p50(w, sizes[0]!);
      const last = p50(w, sizes[sizes.length - 1]!);
      const growth = first && last != null ? last / first : NaN;
      const verdict = Number.isFinite(growth) ? (growth <= MAX_GROWTH ? 'met' : '**not met**') : '—';
      return `| ${w} | ${sizes.map((s) => f(p50(w, s))).join(' | ')} | ${f(growth, 2)} | ${verdict} |`;
    }),
  ];
}

/** Issue 6's scaling check: W1 and W3 p50 (API, one connection) per dataset size up to 1M, largest ÷ smallest ≤ 2. */
export function scalingLines(query: Row[]): string[] {
  const workloads = ['W1', 'W3'];
  const sizes = [
    ...new Set(query.filter((r) => workloads.includes(r.workload) && r.size <= 1_000_000).map((r) => r.size)),
  ].sort((a, b) => a - b);
  if (sizes.length < 2) return ['### Scaling', '', 'Only one dataset size up to 1M was measured in this run.'];
  return [
    `### Scaling: API p50 (ms) at 1 connection by size; target: largest ≤ ${MAX_GROWTH}× smallest`,
    '',
    ...growthTable(query, workloads, sizes),
  ];
}

/** Issue 13's 10M point: W1–W5 p50 (API, one connection) at 10M within 2× of 1M; nothing when 10M was not run. */
export function tenMillionLines(query: Row[]): string[] {
  if (!query.some((r) => r.size === 10_000_000)) return [];
  return [
    `### The 10M point: API p50 (ms) at 1 connection, 1M and 10M; target: 10M ≤ ${MAX_GROWTH}× 1M`,
    '',
    ...growthTable(query, ['W1', 'W2', 'W3', 'W4', 'W5'], [1_000_000, 10_000_000]),
  ];
}
