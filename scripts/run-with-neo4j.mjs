// Runs a built entry point (the API or the CLI) with Neo4j connection settings:
// NEO4J_URI's when set, otherwise the project's local `dev` instance, started on demand.
// Usage: node scripts/run-with-neo4j.mjs <api|cli> [args…]
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './neo4j/local-neo4j.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY_POINTS = { api: 'dist/apps/api/src/main.js', cli: 'dist/apps/cli/src/main.js' };

const [target, ...args] = process.argv.slice(2);
if (!ENTRY_POINTS[target]) {
  process.stderr.write('usage: run-with-neo4j.mjs <api|cli> [args…]\n');
  process.exit(2);
}

// Incremental: a build with nothing changed takes a moment only.
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
if (!env.NEO4J_URI) {
  try {
    const connection = await start('dev');
    Object.assign(env, {
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
    });
  } catch (error) {
    process.stderr.write(`[neo4j] ${error.message}\n`);
    process.exit(1);
  }
}

const child = spawn(process.execPath, [join(root, ENTRY_POINTS[target]), ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
