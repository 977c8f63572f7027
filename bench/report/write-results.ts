import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** `write-results <runs-folder> <RESULTS.md>`: turns the raw JSON lines of a run into the results page. */
const [runs = 'bench/.runs', out = 'bench/RESULTS.md'] = process.argv.slice(2);
const lines = (file: string): any[] =>
  existsSync(join(runs, file))
    ? readFileSync(join(runs, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
const pkg = JSON.parse(readFileSync('node_modules/neo4j-driver/package.json', 'utf8')) as { version: string };
const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

const ingest = lines('ingest.jsonl');
const admin = lines('admin-import.jsonl');
const query = lines('query.jsonl');
const md: string[] = [
  '# Benchmark results',
  '',
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${f(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}; Neo4j 5.26.30 community (4 GB heap, 4 GB page cache); neo4j-driver ${pkg.version}. Generated ${new Date().toISOString()}.`,
  '',
  '## Ingest (empty database each time)',
  '',
  '| loader | size | seconds | interactions/s | peak RSS (MB) |',
  '| --- | --- | ---: | ---: | ---: |',
  ...ingest.map((r) => {
    const n = r.result.created + (r.result.updated ?? 0) + (r.result.unchanged ?? 0);
    return `| ${r.loader} | ${r.size} | ${f(r.result.seconds, 1)} | ${f(n / r.result.seconds)} | ${f(r.result.maxRssMb ?? NaN)} |`;
  }),
  ...admin.map(
    (r) => `| neo4j-admin import | ${r.size} | ${f(r.seconds, 1)} | ${f(r.interactions / r.seconds)} | — (JVM) |`,
  ),
  '',
  '## Query (autocannon; median of runs, [min–max])',
  '',
  '| size | workload | target | conn | req/s | p50 ms | p99 ms | errors |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...query.map(
    (r) =>
      `| ${r.size} | ${r.workload} | ${r.target} | ${r.connections} | ${f(r.reqPerSec, 1)} [${f(r.reqPerSecMin, 1)}–${f(r.reqPerSecMax, 1)}] | ${f(r.p50)} | ${f(r.p99)} [${f(r.p99Min)}–${f(r.p99Max)}] | ${r.errors} |`,
  ),
  '',
  '### API ÷ ceiling (same run)',
  '',
  '| size | workload | conn | API req/s ÷ ceiling req/s |',
  '| ---: | --- | ---: | ---: |',
  ...query
    .filter((r) => r.target === 'api')
    .map((r) => {
      const c = query.find(
        (x) =>
          x.target === 'ceiling' && x.size === r.size && x.workload === r.workload && x.connections === r.connections,
      );
      return `| ${r.size} | ${r.workload} | ${r.connections} | ${c ? f(r.reqPerSec / c.reqPerSec, 2) : '—'} |`;
    }),
  '',
];
writeFileSync(out, `${md.join('\n')}\n`);
