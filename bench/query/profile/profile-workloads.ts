import { CypherRegistry } from '@actorgraph/neo4j';
import type { ProfiledPlan } from 'neo4j-driver';
import { readManifest } from '../../support/dataset-files';
import { benchDriver } from '../../support/bench-neo4j';
import { workloads } from '../workloads';

/**
 * `profile-workloads <dataset-folder> [workloads=W1,…] [plan] [hub]`: PROFILE each workload's Cypher on the
 * bench Neo4j (read only) and print its total db hits, rows and the time of a warm run; `plan` also prints the
 * operator tree with each operator's db hits, to see which one reads too much; `hub` runs W1 on the hub.
 */
async function main(): Promise<void> {
  const [folder, only = 'W1,W2,W3,W4,W5', ...flags] = process.argv.slice(2);
  const plan = flags.includes('plan');
  const manifest = readManifest(folder as string);
  if (flags.includes('hub')) manifest.regular = manifest.hub;
  const registry = new CypherRegistry();
  const driver = benchDriver();
  try {
    for (const w of workloads(manifest).filter((x) => only.split(',').includes(x.name))) {
      const cypher = w.cypher;
      if (!cypher) {
        process.stdout.write(`${w.name}: several statements, none to profile alone\n`);
        continue;
      }
      const text = registry.require(cypher.file).text;
      const run = (prefix: string) =>
        driver.executeQuery(`${prefix}${text}`, cypher.params, { routing: 'READ', database: 'neo4j' });
      await run(''); // warm the plan cache and the page cache
      const started = process.hrtime.bigint();
      const warm = await run('');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const profiled = (await run('PROFILE ')).summary.profile as ProfiledPlan;
      const hits = totalHits(profiled);
      const mib = (Number(profiled.arguments['GlobalMemory'] ?? 0) / 2 ** 20).toFixed(1);
      process.stdout.write(
        `${w.name} ${cypher.file}: ${warm.records.length} rows, ${hits} db hits, ${mib} MiB, ${ms.toFixed(1)} ms\n`,
      );
      if (plan) printPlan(profiled, 1);
    }
  } finally {
    await driver.close();
  }
}

function totalHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((n, c) => n + totalHits(c), 0);
}

function printPlan(p: ProfiledPlan, depth: number): void {
  const details = String(p.arguments['Details'] ?? '').slice(0, 140);
  const memory = p.arguments['Memory'] ? ` mem=${p.arguments['Memory']}` : '';
  process.stdout.write(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits}${memory} ${details}\n`);
  for (const c of p.children) printPlan(c, depth + 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
