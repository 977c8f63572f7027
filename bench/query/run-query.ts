import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { readManifest } from '../support/dataset-files';
import { ROOT } from '../support/bench-neo4j';
import { load, median } from './load';
import { workloads } from './workloads';

/**
 * `run-query <dataset-folder> <out.jsonl> [seconds=10] [runs=3] [concurrency=1,32] [workloads=W1,…]`:
 * the API and the ceiling under autocannon, each workload and concurrency in turn, interleaved per run.
 */
async function main(): Promise<void> {
  const [folder, out, seconds = '10', runs = '3', conc = '1,32', only = 'W1,W2,W3,W4,W5'] = process.argv.slice(2);
  const manifest = readManifest(folder as string);
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(__dirname, 'servers.child.ts'),
      manifest.hub,
      manifest.regular,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const urls = await new Promise<{ api: string; ceiling: string }>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line))),
  );
  const { appendFileSync } = await import('node:fs');
  try {
    for (const w of workloads(manifest).filter((x) => (only as string).split(',').includes(x.name))) {
      const api = { url: urls.api, method: 'POST' as const, body: JSON.stringify(w.graphql) };
      const ceiling = { url: `${urls.ceiling}/${w.name}`, method: 'GET' as const };
      const probe = (await (
        await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: api.body })
      ).json()) as { errors?: unknown };
      if (probe.errors) throw new Error(`${w.name} answered errors: ${JSON.stringify(probe.errors).slice(0, 400)}`);
      for (const c of (conc as string).split(',').map(Number)) {
        const samples: Record<string, Awaited<ReturnType<typeof load>>[]> = { api: [], ceiling: [] };
        for (let r = 0; r < Number(runs); r += 1) {
          for (const [name, target] of [
            ['api', api],
            ['ceiling', ceiling],
          ] as const) {
            samples[name]!.push(await load(target, c, Number(seconds), r === 0 ? 3 : 1));
          }
        }
        for (const [target, xs] of Object.entries(samples)) {
          const row = {
            size: manifest.interactions,
            workload: w.name,
            target,
            connections: c,
            reqPerSec: median(xs.map((x) => x.reqPerSec)),
            reqPerSecMin: Math.min(...xs.map((x) => x.reqPerSec)),
            reqPerSecMax: Math.max(...xs.map((x) => x.reqPerSec)),
            p50: median(xs.map((x) => x.p50)),
            p99: median(xs.map((x) => x.p99)),
            p99Min: Math.min(...xs.map((x) => x.p99)),
            p99Max: Math.max(...xs.map((x) => x.p99)),
            errors: xs.reduce((n, x) => n + x.errors, 0),
            runs: xs.length,
          };
          appendFileSync(out as string, `${JSON.stringify(row)}\n`);
          process.stdout.write(`${JSON.stringify(row)}\n`);
        }
      }
    }
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
