import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './bench-neo4j';
import { spawnTs } from './spawn-ts';

export interface ApiProcess {
  /** http://127.0.0.1:<port> (no path). */
  readonly url: string;
  readonly pid: number;
  /** The process's resident memory now, in MB (VmRSS), or NaN once it has gone. */
  rssMb(): number;
  stop(): void;
}

/**
 * The API in a child process (api.child.ts) over the bench Neo4j; resolves once it listens. `deadlines`: the bench's
 * long ones (a whole-network read must not be cut) or the API's defaults (what a real client gets).
 */
export async function startApi(deadlines: 'bench' | 'defaults' = 'bench'): Promise<ApiProcess> {
  const child = spawnTs(join(__dirname, 'api.child.ts'), [deadlines], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { url: string }).url),
    );
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => {
      try {
        const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : NaN;
      } catch {
        return NaN;
      }
    },
    stop: () => void child.kill('SIGTERM'),
  };
}
