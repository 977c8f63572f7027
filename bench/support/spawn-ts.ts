import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Runs a TypeScript file of the bench in a Node process of its own (ts-node without type checks, tsconfig's paths). */
export function spawnTs(file: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', file, ...args],
    options,
  );
}
