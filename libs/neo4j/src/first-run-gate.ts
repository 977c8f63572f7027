import { GateRefusedError } from './session-gate';

function untilAborted<T>(wait: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new GateRefusedError('cancelled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new GateRefusedError('cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Runs the first execution of each named query alone; later ones run freely.
 *
 * A Neo4j that has just started has an empty plan cache: 32 concurrent requests then plan the same
 * statements 32 times over on a small machine, every one is cancelled by the transaction timeout
 * before it finishes planning, and the server never warms up (seen after a restart under load).
 * Letting one request per query plan it first makes the others hit the cache. `reset` is called
 * when the server was unreachable, since it may come back with an empty cache.
 *
 * The first run is everyone's: it is started with `executeFirst` (detached from the request that happened to
 * start it, so it gets the whole transaction timeout rather than what is left of that request's deadline, and
 * goes on warming the cache after its caller gave up), and every caller, the first included, waits for it only
 * until its own `signal` aborts.
 */
export class FirstRunGate {
  private readonly warm = new Set<string>();
  private readonly firstRuns = new Map<string, Promise<void>>();

  /** Runs `execute`, after the first run of `name` when one is under way; a wait ends when `signal` aborts. */
  async run<T>(
    name: string,
    execute: () => Promise<T>,
    signal?: AbortSignal,
    executeFirst: () => Promise<T> = execute,
  ): Promise<T> {
    while (!this.warm.has(name)) {
      const running = this.firstRuns.get(name);
      if (!running) {
        const attempt = executeFirst();
        this.firstRuns.set(
          name,
          attempt
            .then(
              () => void this.warm.add(name),
              () => undefined,
            )
            .finally(() => this.firstRuns.delete(name)),
        );
        return signal ? untilAborted(attempt, signal) : attempt;
      }
      // Whether it succeeded or failed, look again: on failure one of the waiters becomes the first.
      await (signal ? untilAborted(running, signal) : running);
    }
    return execute();
  }

  reset(): void {
    this.warm.clear();
  }
}
