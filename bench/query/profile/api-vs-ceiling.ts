import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { readManifest } from '../../support/dataset-files';
import { ROOT } from '../../support/bench-neo4j';
import { spawnTs } from '../../support/spawn-ts';
import { load } from '../load';
import { workloads } from '../workloads';

/**
 * `api-vs-ceiling <dataset-folder> <out.jsonl> [seconds=5] [concurrency=1,32] [workloads=W1,…]`: the API and the
 * ceiling only (no peer), one run each after a 2 s warm-up: a quick loop while tuning a query.
 * run-query.ts stays the benchmark of record.
 */
async function main(): Promise<void> {
  const [folder, out, seconds = '5', conc = '1,32', only = 'W1,W2,W3,W4,W5'] = process.argv.slice(2);
  const manifest = readManifest(folder as string);
  const child = spawnTs(join(__dirname, '..', 'servers.child.ts'), [manifest.hub, manifest.regular], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const urls = await new Promise<{ api: string; ceiling: string }>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line))),
    );
    for (const w of workloads(manifest).filter((x) => only.split(',').includes(x.name))) {
      for (const c of conc.split(',').map(Number)) {
        const targets = [
          ['api', { url: urls.api, method: 'POST' as const, body: JSON.stringify(w.graphql) }],
          ['ceiling', { url: `${urls.ceiling}/${w.name}`, method: 'GET' as const }],
        ] as const;
        for (const [target, options] of targets) {
          const r = await load(options, c, Number(seconds), 2);
          const row = { size: manifest.interactions, workload: w.name, target, connections: c, ...r };
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
