/**
 * The sections of issues 13–16 in RESULTS.md, each from its step's raw JSON lines (bench/run.sh): the machine's load
 * per step, `cli network check` after the load, issue 13's query targets at 1M and W6, issue 16's analytics, issue
 * 15's export memory and issue 14's hostile load. A section whose step did not run is left out.
 */
type Row = Record<string, any>;

const f = (n: unknown, d = 0) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : '—');
const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'met' : '**not met**');
const load = (l: unknown) => (Array.isArray(l) ? l.map((x) => f(x, 2)).join(' / ') : '—');

export function loadLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  return [
    "### The machine's load (1 / 5 / 15 min load average when each step started; 2 cores)",
    '',
    '| step | started (UTC) | load average |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.step} | ${r.at} | ${load(r.loadavg)} |`),
  ];
}

export function checkLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  return [
    '### `cli network check` after the load (issue 13: the projection equals a scan of the interactions)',
    '',
    '| size | seconds | verdict | output |',
    '| --- | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${f(r.seconds)} | ${r.passed ? 'passed' : '**failed**'} | ${String(r.output).replace(/\|/g, '\\|')} |`,
    ),
  ];
}

/** Issue 13's targets at 1M (else the largest size measured): W2 and W4, W1 vs the ceiling, W3 vs the peer, W6. */
export function issue13Lines(query: Row[], w6: Row[]): string[] {
  // The targets are at 1M; a run with a 10M point as well (tenMillionLines) still judges them there.
  const sizes = [...query.map((r) => r.size as number), ...w6.map((r) => r.interactions as number)];
  const size = sizes.includes(1_000_000) ? 1_000_000 : Math.max(0, ...sizes);
  const at = (workload: string, target: string, connections: number) =>
    query.find(
      (r) => r.size === size && r.workload === workload && r.target === target && r.connections === connections,
    );
  const lines: string[] = [];
  const line = (target: string, measured: string, ok: boolean | null) =>
    lines.push(`| ${target} | ${measured} | ${verdict(ok)} |`);
  for (const w of ['W2', 'W4']) {
    const one = at(w, 'api', 1);
    const many = at(w, 'api', 32);
    if (one) line(`${w}: p50 ≤ 20 ms at 1 connection`, `${f(one.p50)} ms`, one.p50 != null && one.p50 <= 20);
    if (many)
      line(
        `${w}: ≥ 100 req/s at 32 connections, 0 errors`,
        `${f(many.reqPerSec, 1)} req/s, ${many.errors} errors`,
        many.reqPerSec >= 100 && many.errors === 0,
      );
    for (const c of [1, 32]) {
      const api = at(w, 'api', c);
      const peer = at(w, 'peer', c);
      if (!api || !peer) continue;
      const ratio = peer.reqPerSec > 0 ? api.reqPerSec / peer.reqPerSec : api.reqPerSec > 0 ? Infinity : NaN;
      line(
        `${w}: ≥ 10× the peer at ${c} connection${c > 1 ? 's' : ''} (answers compared first)`,
        `${Number.isFinite(ratio) ? f(ratio, 2) : ratio === Infinity ? '∞' : '—'}×${api.sameAnswer === false ? ' (answers differ)' : ''}`,
        Number.isNaN(ratio) ? null : ratio >= 10 && api.sameAnswer !== false,
      );
    }
  }
  for (const c of [1, 32]) {
    const api = at('W1', 'api', c);
    const ceiling = at('W1', 'ceiling', c);
    if (api && ceiling && ceiling.reqPerSec > 0) {
      const r = api.reqPerSec / ceiling.reqPerSec;
      line(`W1: API ÷ ceiling ≥ 0.7 at ${c} connection${c > 1 ? 's' : ''}`, f(r, 2), r >= 0.7);
    }
    const w3 = at('W3', 'api', c);
    const peer = at('W3', 'peer', c);
    if (w3 && peer) {
      // A peer that finished no request in the run while the API did is infinitely slower, as for W2 and W4.
      const r = peer.reqPerSec > 0 ? w3.reqPerSec / peer.reqPerSec : w3.reqPerSec > 0 ? Infinity : NaN;
      line(
        `W3: API ≥ 1× the peer at ${c} connection${c > 1 ? 's' : ''} (answers compared first)`,
        `${Number.isFinite(r) ? f(r, 2) : r === Infinity ? '∞' : '—'}${w3.sameAnswer === false ? ' (answers differ)' : ''}`,
        Number.isNaN(r) ? null : r >= 1 && w3.sameAnswer !== false,
      );
    }
  }
  for (const r of w6) {
    line(
      'W6: PageRank of the whole network, first request after a write, p50 ≤ 1 s',
      `${f(r.coldP50Ms)} ms`,
      r.coldP50Ms <= 1000,
    );
    line('W6: reused, p50 ≤ 50 ms', `${f(r.reusedP50Ms, 1)} ms`, r.reusedP50Ms <= 50);
  }
  if (lines.length === 0) return [];
  const w6Table = w6.flatMap((r) => [
    '',
    `W6 (\`query/w6-pagerank.ts\`, API in-process): ${r.interactions} interactions; ${r.rounds} rounds of one \`recordInteraction\` then \`centrality(metric: PAGERANK, first: 10)\` once (first after the write) and ${r.reuses} times (reused); network ${r.size ? JSON.stringify(r.size) : '—'}; load average at the end ${load(r.loadavg)}. First request after a write: p50 ${f(r.coldP50Ms)} ms, max ${f(r.coldMaxMs)} ms; reused p50 ${f(r.reusedP50Ms, 1)} ms. No ceiling or peer: neither has graph algorithms.`,
  ]);
  return [
    `### Issue 13's targets at ${size} interactions`,
    '',
    '| target | measured | verdict |',
    '| --- | ---: | --- |',
    ...lines,
    ...w6Table,
  ];
}

const ANALYTICS_TARGETS: Record<string, { label: string; p50?: number; cold?: number }> = {
  A1: { label: 'series of the busiest dyad over 10 years: p50 ≤ 20 ms', p50: 20 },
  A2: { label: 'state-level top dyads of a year: p50 ≤ 50 ms', p50: 50 },
  A5: { label: 'windowed PageRank, 10 yearly windows: ≤ 5 s cold, ≤ 100 ms reused', p50: 100, cold: 5000 },
};

/** Why the peer is absent from each analytics workload (issue 16 asks it where it can express the workload). */
const PEER: Record<string, string> = {
  A1: 'cannot: zero periods and quad classes per period need a custom resolver',
  A2: "cannot: an endpoint's state depends on the interaction's date (docs/state-level.md)",
  A3: "only as a hand-written @cypher field over the projection (the API's own query): not measured",
  A4: 'cannot: zero periods need a custom resolver',
  A5: 'cannot: no graph algorithms',
};

export function analyticsLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  const targets = rows
    .filter((r) => ANALYTICS_TARGETS[r.workload])
    .flatMap((r) => {
      const t = ANALYTICS_TARGETS[r.workload]!;
      const out = [
        `| ${r.workload}: ${t.label} | p50 ${f(r.p50Ms, 1)} ms${t.cold ? `, cold ${f(r.coldMs)} ms` : ''} | ${verdict(r.p50Ms <= t.p50! && (!t.cold || r.coldMs <= t.cold))} |`,
      ];
      return out;
    });
  return [
    '## Analytics (issue 16; `analytics/run-analytics.ts`, API in-process, one request at a time)',
    '',
    'Cold: the first request of the workload in a fresh API process (A5: nothing cached). p50/p95: the requests after the warm-up.',
    '',
    '| workload | what | cold ms | p50 ms | p95 ms | requests | load average | peer |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.title} | ${f(r.coldMs)} | ${f(r.p50Ms, 1)} | ${f(r.p95Ms, 1)} | ${r.requests} | ${load(r.loadavg)} | ${PEER[r.workload] ?? '—'} |`,
    ),
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    ...targets,
  ];
}

export function exportLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  return [
    '## Export memory (issue 15; `export/export-memory.ts`)',
    '',
    'The whole network (GET /export/<format>, no filter) from the API in its own process; RSS (VmRSS) sampled every 100 ms. Target: the API grows by at most 200 MB.',
    '',
    '| export | status | MB written | seconds | first byte ms | RSS before MB | RSS peak MB | growth MB | ≤ 200 MB | load average |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.export} | ${r.status} | ${f(r.bytes / 2 ** 20, 1)} | ${f(r.seconds, 1)} | ${f(r.firstByteMs)} | ${f(r.rssBeforeMb)} | ${f(r.rssPeakMb)} | ${f(r.growthMb)} | ${verdict(r.status === 200 ? r.growthMb <= 200 : null)} | ${load(r.loadavg)} |`,
    ),
  ];
}

export function hostileLines(rows: Row[]): string[] {
  const attacks = rows.filter((r) => r.attack);
  const memory = rows.find((r) => r.memory)?.memory as Row | undefined;
  if (attacks.length === 0) return [];
  const p = (x: Row) => `${f(x.p50)} / ${f(x.p99)} (${x.probes}, ${x.bad} bad)`;
  // The last sample can come after the peak sampled during the attacks.
  const growth = memory ? Math.max(memory.rssPeakMb, memory.rssAfterMb) - memory.rssBeforeMb : NaN;
  return [
    '## Hostile load (issue 14; `hostile/run-hostile.ts`, API in its own process, rate limits off)',
    '',
    'The API with its default deadlines (request 20 s). Each attack for its duration while two probes send /health and actor(id) back to back (20 ms apart). Targets: both p99 ≤ 100 ms, no 503 or DATABASE_UNAVAILABLE (bad = those and any error answer), memory growth ≤ 300 MB.',
    '',
    '| attack | largest request | /health p50 / p99 ms (probes, bad) | actor(id) p50 / p99 ms (probes, bad) | p99 ≤ 100 ms | attack answers | load average at its end |',
    '| --- | ---: | --- | --- | --- | --- | --- |',
    ...attacks.map(
      (r) =>
        `| ${r.attack} | ${r.largestRequestBytes} B | ${p(r.health)} | ${p(r.actor)} | ${verdict(r.health.p99 <= 100 && r.actor.p99 <= 100)} | ${Object.entries(
          r.answers as Record<string, number>,
        )
          .map(([k, v]) => `${v}× ${k}`)
          .join(', ')} | ${load(r.loadavg)} |`,
    ),
    '',
    memory
      ? `API RSS: ${memory.rssBeforeMb} MB before, ${memory.rssPeakMb} MB peak, ${memory.rssAfterMb} MB after: growth ${f(growth)} MB — ≤ 300 MB ${verdict(growth <= 300)}.`
      : '',
  ];
}

/** How the queried database was made when it was loaded by neo4j-admin import (ingest/admin-into-bench.sh). */
export function adminLoadLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  return [
    '### The queried database: neo4j-admin import, then `cli migrate` and `cli network rebuild` (`ingest/admin-into-bench.sh`)',
    '',
    '| step | size | seconds | note |',
    '| --- | --- | ---: | --- |',
    ...rows.map((r) => `| ${r.step} | ${r.size} | ${f(r.seconds)} | ${r.note ?? ''} |`),
  ];
}
