import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_MAIN, requireBuilt, ROOT } from '../support/built-cli';

/** These suites stop and kill a Neo4j of their own (the project's script), so they need Java and Maven. */
export function canRunOwnNeo4j(): boolean {
  const can = ['java', 'mvn'].every((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status === 0);
  if (!can)
    process.stdout.write('[e2e] skipping a fault-tolerance suite: it needs java and mvn to run a Neo4j it may kill\n');
  return can;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the CLI outlived its deadline and was killed: a hang. */
  timedOut: boolean;
}

export interface CliRun {
  /** The exit code once it exited, undefined while it runs. */
  status: () => number | null | undefined;
  done: Promise<CliResult>;
}

/** Runs the built command line as a user would, asynchronously, killing it if it outlives `deadlineMs`. */
export function cliRun(args: string[], env: NodeJS.ProcessEnv, deadlineMs = 300_000): CliRun {
  requireBuilt(CLI_MAIN);
  const child = spawn(process.execPath, [CLI_MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let exit: number | null | undefined;
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, deadlineMs);
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      exit = code;
      resolve({ status: code, stdout, stderr, timedOut });
    });
  });
  return { status: () => exit, done };
}

/**
 * Starts or stops a script instance without blocking the event loop (unlike startScriptInstance),
 * so an API running in this process keeps serving while Neo4j goes down or comes up.
 */
export function scriptInstance(command: 'start' | 'stop', name: string, port: number): Promise<void> {
  const script = join(ROOT, 'scripts', 'neo4j', 'local-neo4j.mjs');
  const child = spawn(process.execPath, [script, command, name, String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`neo4j ${command} ${name}: ${stderr}`))));
  });
}
