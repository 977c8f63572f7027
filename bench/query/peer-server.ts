import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { benchEnv, ROOT } from '../support/bench-neo4j';

const PEER = join(ROOT, 'bench', 'peer');

export interface PeerServer {
  url: string;
  process: ChildProcess;
}

/**
 * Starts the peer (bench/peer/server.mjs, its own npm package so its dependencies never reach the root lock file)
 * in a process of its own, installing bench/peer/node_modules from its lock file first when missing.
 * Returns why not instead when it cannot be installed (offline, say), so a smoke run can go on without it.
 * BENCH_PEER_INSTALL=false skips the install (the smoke test in `npm test`: 155 packages, ~15 s).
 */
export async function startPeer(): Promise<PeerServer | { skipped: string }> {
  if (!existsSync(join(PEER, 'node_modules'))) {
    if (process.env['BENCH_PEER_INSTALL'] === 'false')
      return { skipped: 'bench/peer/node_modules is missing and BENCH_PEER_INSTALL=false' };
    const install = spawnSync('npm', ['ci', '--prefix', PEER, '--no-audit', '--no-fund'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (install.status !== 0) return { skipped: `npm ci in bench/peer failed: ${install.stderr.trim().slice(-300)}` };
  }
  const env = benchEnv();
  const child = spawn(process.execPath, [join(PEER, 'server.mjs')], {
    cwd: PEER,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the peer exited (code ${code}) before answering`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { peer: string }).peer),
    );
  });
  return { url, process: child };
}
