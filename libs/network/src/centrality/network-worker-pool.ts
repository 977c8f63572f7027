import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runNetworkJob, transferables, type NetworkJob, type NetworkJobResult } from './network-job';

export interface NetworkWorkerPoolOptions {
  /** Worker threads at most (each runs one job at a time; more jobs wait in order). */
  readonly size: number;
  /** Old-generation heap of each worker: a job that needs more ends that worker, not the API. */
  readonly maxMemoryMb: number;
  /** Run jobs on the calling thread instead (a CLI or a unit test with no worker to start). Never in the API. */
  readonly inProcess?: boolean;
}

interface Pending {
  readonly job: NetworkJob;
  readonly resolve: (result: NetworkJobResult) => void;
  readonly reject: (error: Error) => void;
}

/** Where the repository's tsconfig.json is, seen from a source file (only needed when running from TypeScript). */
function projectRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'tsconfig.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no tsconfig.json above ${from}`);
    folder = parent;
  }
  return folder;
}

/**
 * The worker's entry: `network-worker.js` beside this file once compiled (dist, `npm start`); when this file is
 * itself TypeScript (ts-jest, ts-node) there is no .js, so the worker first registers ts-node (transpile only)
 * and the tsconfig paths, then loads `network-worker.ts`. One rule, by what exists on disk, for every way the
 * API runs.
 */
function startWorker(maxMemoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb };
  const compiled = join(__dirname, 'network-worker.js');
  if (existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const root = projectRoot(__dirname);
  const tsconfig = join(root, 'tsconfig.json');
  const bootstrap = [
    `require('ts-node').register({ project: ${JSON.stringify(tsconfig)}, transpileOnly: true });`,
    `const { compilerOptions } = require(${JSON.stringify(tsconfig)});`,
    `require('tsconfig-paths').register({ baseUrl: ${JSON.stringify(root)}, paths: compilerOptions.paths });`,
    `require(${JSON.stringify(join(__dirname, 'network-worker.ts'))});`,
  ].join('\n');
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/**
 * A few long-lived worker threads that run network computations (network-job.ts) off the event loop, one job
 * per worker at a time, the rest queued in arrival order. A worker that dies (out of memory, a crash) fails its
 * job and is replaced on the next one.
 */
export class NetworkWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private workers = 0;
  private closed = false;
  private completed = 0;

  constructor(private readonly options: NetworkWorkerPoolOptions) {}

  /** Jobs running now, and finished since start (tests use them to see that a worker did the work). */
  get stats(): { running: number; queued: number; completed: number; workers: number } {
    return { running: this.busy.size, queued: this.queue.length, completed: this.completed, workers: this.workers };
  }

  run(job: NetworkJob): Promise<NetworkJobResult> {
    if (this.closed) return Promise.reject(new Error('the network worker pool is closed'));
    if (this.options.inProcess) {
      return new Promise((resolve) => resolve(runNetworkJob(job))).then((result) => {
        this.completed += 1;
        return result as NetworkJobResult;
      });
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts a worker if none is running yet, so that it boots while the caller reads the network its first job will
   * need (booting takes about a second under ts-node) instead of after.
   */
  prepare(): void {
    if (this.options.inProcess || this.closed || this.workers > 0) return;
    this.idle.push(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the network worker pool is closed'));
    const all = [...this.idle.splice(0), ...this.busy.keys()];
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers < this.options.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage({ id: this.completed, job: pending.job }, transferables(pending.job.network));
    }
  }

  private spawn(): Worker {
    const worker = startWorker(this.options.maxMemoryMb);
    this.workers += 1;
    worker.unref();
    worker.on('message', (message: { result?: NetworkJobResult; error?: string }) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.completed += 1;
      if (!this.closed) this.idle.push(worker);
      if (message.error !== undefined) pending?.reject(new Error(`network computation failed: ${message.error}`));
      else pending?.resolve(message.result!);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.workers > 0 && !this.closed) this.workers -= 1;
      pending?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => lost(new Error(`network worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(new Error(`network worker exited (${code})`));
    });
    return worker;
  }
}
