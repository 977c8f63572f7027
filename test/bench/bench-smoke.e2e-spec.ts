import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, graphCounts, testDriver, testEnv } from '../support/test-api';

/**
 * `npm run bench:smoke` as CI runs it: bench/run.sh smoke over the test suite's Neo4j (BENCH_NEO4J_URI), its
 * output in a temp folder. It proves the benchmarks still work end to end; it asserts no speed (issue 6).
 */
const root = join(__dirname, '..', '..');
const SIZE = 300; // bench/run.sh smoke's size
const WORKLOADS = ['W1', 'W2', 'W3', 'W4', 'W5'];
const CONNECTIONS = [1, 4];
const HEADINGS = [
  '# Benchmark results',
  '## Ingest (empty database each time)',
  '## Query (autocannon; median of runs, [min–max])',
  '### API ÷ ceiling and API ÷ peer (req/s, same run)',
  '### Targets at 32 connections',
];
const neo4jJars = existsSync(
  join(
    root,
    '.neo4j',
    `lib-${(JSON.parse(readFileSync(join(root, 'scripts/neo4j/version.json'), 'utf8')) as { neo4j: string }).neo4j}`,
  ),
);
// Installing the peer (155 packages) would add ~15 s and a registry to every CI run: measured only when present.
const peerInstalled = existsSync(join(root, 'bench', 'peer', 'node_modules'));

interface Finished {
  code: number | null;
  output: string;
  seconds: number;
}

function runSmoke(out: string): Promise<Finished> {
  const env = testEnv();
  const started = performance.now();
  const child = spawn('bash', ['bench/run.sh', 'smoke'], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_NEO4J_URI: env['NEO4J_URI'],
      BENCH_NEO4J_USERNAME: env['NEO4J_USERNAME'],
      BENCH_NEO4J_PASSWORD: env['NEO4J_PASSWORD'],
      BENCH_SMOKE_OUT: out,
      BENCH_PEER_INSTALL: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000 })),
  );
}

const jsonLines = (file: string): any[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];

describe('the benchmarks in smoke mode (npm run bench:smoke)', () => {
  let out: string;
  let run: Finished;
  let driver: Driver;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'actorgraph-bench-smoke-'));
    driver = testDriver();
    run = await runSmoke(out);
    process.stdout.write(`[bench-smoke] bench/run.sh smoke took ${run.seconds.toFixed(1)} s\n`);
  }, 600_000);

  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('finishes with exit code 0', () => {
    const err = join(out, 'ingest.err');
    const detail = `${run.output}\n${existsSync(err) ? readFileSync(err, 'utf8') : ''}`
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'))
      .join('\n');
    if (run.code !== 0) throw new Error(`bench/run.sh smoke exited ${run.code}:\n${detail.slice(-4000)}`);
  });

  it('generates a dataset of the requested size, with its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'data', `${SIZE}.manifest.json`), 'utf8'));
    expect(manifest.interactions).toBe(SIZE);
    const interactions = (manifest.files as string[]).reduce(
      (n, file) => n + (JSON.parse(readFileSync(resolve(root, file), 'utf8')).interactions?.length ?? 0),
      0,
    );
    expect(interactions).toBe(SIZE);
  });

  it('measures the naive loader, the project loader and a re-load that writes nothing', () => {
    const rows = jsonLines(join(out, 'ingest.jsonl'));
    const by = (loader: string) => rows.filter((r) => r.loader === loader).map((r) => r.result);
    expect(rows.map((r) => r.loader).sort()).toEqual(['naive', 'project', 'project-no-network', 'project-reload']);
    expect(by('naive')).toEqual([expect.objectContaining({ created: SIZE, seconds: expect.any(Number) })]);
    expect(by('project')).toEqual([expect.objectContaining({ created: SIZE, updated: 0, unchanged: 0 })]);
    expect(by('project-reload')).toEqual([expect.objectContaining({ created: 0, updated: 0, unchanged: SIZE })]);
  });

  it('times neo4j-admin import when the Neo4j jars are here', () => {
    const rows = jsonLines(join(out, 'admin-import.jsonl'));
    if (!neo4jJars) {
      process.stdout.write('[bench-smoke] no .neo4j/lib-* jars (Neo4j from testcontainers): admin import skipped\n');
      expect(run.output).toContain('neo4j-admin import skipped');
      expect(rows).toEqual([]);
      return;
    }
    expect(rows).toEqual([{ size: String(SIZE), interactions: SIZE, seconds: expect.any(Number) }]);
    expect(rows[0].seconds).toBeGreaterThan(0);
  });

  it('measures W1–W5 on every target and concurrency, answered without errors', () => {
    const targets = peerInstalled ? ['api', 'ceiling', 'peer'] : ['api', 'ceiling'];
    if (!peerInstalled) expect(run.output).toContain('peer skipped');
    const rows = jsonLines(join(out, 'query.jsonl'));
    const keys = rows.map((r) => `${r.workload} ${r.target} ${r.connections}`).sort();
    expect(keys).toEqual(
      WORKLOADS.flatMap((w) =>
        // W3 (egoNetwork, one statement per hop) has no single-statement ceiling.
        targets
          .filter((t) => !(w === 'W3' && t === 'ceiling'))
          .flatMap((t) => CONNECTIONS.map((c) => `${w} ${t} ${c}`)),
      ).sort(),
    );
    expect(rows.filter((r) => !(r.reqPerSec > 0) || r.errors !== 0 || r.sameAnswer !== true)).toEqual([]);
    expect(rows.every((r) => r.size === SIZE)).toBe(true);
  });

  it('writes RESULTS.md with every section', () => {
    const results = readFileSync(join(out, 'RESULTS.md'), 'utf8');
    expect(results.split('\n')).toEqual(expect.arrayContaining(HEADINGS));
    expect(results).toContain(`| project | ${SIZE} |`);
  });

  it('leaves the project-loaded dataset for the query benchmark, which the suite then deletes', async () => {
    const { records } = await driver.executeQuery('MATCH (i:Interaction) RETURN count(i) AS n');
    expect(Number(records[0]!.get('n'))).toBe(SIZE);
    await clearGraph(driver);
    expect(await graphCounts(driver)).toEqual({ nodes: 0, relationships: 0 });
  });
});
