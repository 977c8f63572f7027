import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ingestTargetLines } from './ingest-target-lines';
import {
  adminLoadLines,
  analyticsLines,
  checkLines,
  exportLines,
  hostileLines,
  issue13Lines,
  loadLines,
} from './issue-sections';
import { ratioLines, targetLines } from './query-targets';
import { scalingLines, tenMillionLines } from './scaling-lines';

/** `write-results <runs-folder> <RESULTS.md>`: turns the raw JSON lines of a run into the results page. */
const [runs = 'bench/.runs', out = 'bench/RESULTS.md'] = process.argv.slice(2);
const lines = (file: string): any[] =>
  existsSync(join(runs, file))
    ? readFileSync(join(runs, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
const version = (file: string): string =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
const pkg = { version: version('node_modules/neo4j-driver/package.json') };
const peer = ['@neo4j/graphql', '@apollo/server'].map(
  (p) => `${p} ${version(`bench/peer/node_modules/${p}/package.json`)}`,
);
const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

const ingest = lines('ingest.jsonl');
const admin = lines('admin-import.jsonl');
const query = lines('query.jsonl');
const loads = lines('load.jsonl');
const at = loads.map((r) => r.at as string).sort();
const when = at.length > 0 ? `Run ${at[0]} – ${at[at.length - 1]} (UTC).` : '';
const md: string[] = [
  '# Benchmark results',
  '',
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${f(totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}; Neo4j 5.26.30 community (4 GB heap, 4 GB page cache); neo4j-driver ${pkg.version}. Generated ${new Date().toISOString()}. ${when}`,
  '',
  ...loadLines(loads),
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
  ...ingestTargetLines(ingest, admin),
  '',
  ...adminLoadLines(lines('admin-load.jsonl')),
  '',
  ...checkLines(lines('check.jsonl')),
  '',
  '## Query (autocannon; median of runs, [min–max])',
  '',
  `Targets: **api** (the project), **ceiling** (the API's Cypher through neo4j-driver behind bare node:http), **peer** (${peer.join(' on ')}, bench/peer). A latency of — means no request finished within the run.`,
  '',
  '| size | workload | target | conn | req/s | p50 ms | p99 ms | errors |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...query.map(
    (r) =>
      `| ${r.size} | ${r.workload} | ${r.target} | ${r.connections} | ${f(r.reqPerSec, 1)} [${f(r.reqPerSecMin, 1)}–${f(r.reqPerSecMax, 1)}] | ${f(r.p50)} | ${f(r.p99)} [${f(r.p99Min)}–${f(r.p99Max)}] | ${r.errors} |`,
  ),
  '',
  ...ratioLines(query),
  '',
  ...targetLines(query),
  '',
  ...scalingLines(query),
  '',
  ...tenMillionLines(query),
  '',
  ...issue13Lines(query, lines('w6.jsonl')),
  '',
  ...analyticsLines(lines('analytics.jsonl')),
  '',
  ...exportLines(lines('export.jsonl')),
  '',
  ...hostileLines(lines('hostile.jsonl')),
  '',
];
// The written analysis of the last full run (why a target is not met, what the profile showed) follows the tables.
const analysis = join(__dirname, 'analysis.md');
if (existsSync(analysis) && out.endsWith(join('bench', 'RESULTS.md'))) md.push(readFileSync(analysis, 'utf8'));
writeFileSync(out, `${md.join('\n')}\n`);
