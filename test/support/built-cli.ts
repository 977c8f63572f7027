import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The command line as `npm run build` leaves it (npm test builds before jest runs). */
export const CLI_MAIN = join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function requireBuilt(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
}

/**
 * Runs the built CLI in its own process, as an operator would, against the tests' Neo4j (NEO4J_* of this process,
 * overridden by `env`). The built file rather than ts-node: compiling the CLI on every call cost seconds a run.
 */
export function runBuiltCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): CliResult {
  requireBuilt(CLI_MAIN);
  const result = spawnSync(process.execPath, [CLI_MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
