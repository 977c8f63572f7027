import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/bench-neo4j';

const LIB = join(ROOT, '.neo4j', 'lib-5.26.30');

/**
 * `neo4j-admin database import full` (org.neo4j.cli.AdminTool) into `home` (default: a scratch home under /tmp,
 * so the bench server keeps running). Returns the tool's wall time in seconds.
 */
export function adminImport(
  files: { nodes: string[]; relationships: string[] },
  home = '/tmp/actorgraph-bench-import',
): number {
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), 'server.memory.pagecache.size=1g\n');
  const args = [
    '-Xmx2g',
    '-cp',
    `${LIB}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--threads=2',
    '--array-delimiter=;',
    '--multiline-fields=false',
    // Its default is ./import.report: keep it in the scratch home, not in the working tree.
    `--report-file=${join(home, 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const started = performance.now();
  const result = spawnSync('java', args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`neo4j-admin import failed: ${result.stderr || result.stdout}`.slice(0, 2000));
  return seconds;
}
