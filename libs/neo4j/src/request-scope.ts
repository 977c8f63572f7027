import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { SessionGate } from './session-gate';

/**
 * Which sessions a request's queries use: `priority` (cheap reads and health checks, on a small pool of their own
 * that heavy work never holds) or `shared` (everything else).
 */
export type DatabaseLane = 'priority' | 'shared';

/** The bounds of one request's database work, found by every transaction it opens. */
export interface RequestScope {
  /** Epoch ms after which the request's transactions are cancelled and no new one starts. */
  readonly deadline: number;
  /** Aborted at the deadline (or when the client is gone): waits end, running transactions are abandoned. */
  readonly signal: AbortSignal;
  /** The request's own cap on concurrent sessions, so one request cannot take the pool. */
  readonly sessions: SessionGate;
  lane: DatabaseLane;
  /**
   * Read-your-writes: bookmarks the client sent back (a write's `x-neo4j-bookmark`); every session of the request
   * starts after them (on a cluster, a follower waits until it has applied those writes).
   */
  bookmarks?: string[];
  /** The bookmarks of the request's last committed write, for its answer's `x-neo4j-bookmark` header. */
  writtenBookmarks?: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Creates a request's scope: `timeoutMs` from now, at most `sessionsPerRequest` sessions at once. */
export function createRequestScope(
  timeoutMs: number,
  sessionsPerRequest: number,
): RequestScope & { abort: () => void } {
  const controller = new AbortController();
  // Each of the request's waits and transactions listens to it until it ends: a request whose fields run many at
  // once has more than Node's 10 without a leak (the signal lives as long as the request).
  setMaxListeners(0, controller.signal);
  return {
    deadline: Date.now() + timeoutMs,
    signal: controller.signal,
    sessions: new SessionGate(sessionsPerRequest),
    lane: 'shared',
    abort: () => controller.abort(),
  };
}

/** Runs `work` (and everything it starts) within `scope`. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Runs `work` outside any request's scope: shared work no single request's deadline should cut short. */
export function outsideRequestScope<T>(work: () => T): T {
  return storage.exit(work);
}

/** The scope of the request being served; undefined outside one (the CLI, start-up work). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
