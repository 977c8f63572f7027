/** Why a wait for a session ended without one. */
export type GateRefusal = 'busy' | 'cancelled';

export class GateRefusedError extends Error {
  constructor(readonly reason: GateRefusal) {
    super(reason === 'busy' ? 'no database session came free in time' : 'the request was cancelled');
    this.name = 'GateRefusedError';
  }
}

interface Waiter {
  grant: () => void;
  refuse: (reason: GateRefusal) => void;
}

/**
 * A counting semaphore over database sessions: at most `capacity` held at once, waiters served in order.
 * A wait ends with a session, or is refused as `busy` after `maxWaitMs` or `cancelled` when its signal aborts.
 */
export class SessionGate {
  private held = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly capacity: number) {}

  get inUse(): number {
    return this.held;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves to the function that gives the session back (call it once). */
  acquire(maxWaitMs: number, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new GateRefusedError('cancelled'));
    if (this.held < this.capacity && this.waiters.length === 0) {
      this.held += 1;
      return Promise.resolve(this.releaser());
    }
    if (maxWaitMs <= 0) return Promise.reject(new GateRefusedError('busy'));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
      };
      const waiter: Waiter = {
        grant: () => {
          done();
          this.held += 1;
          resolve(this.releaser());
        },
        refuse: (reason) => {
          done();
          reject(new GateRefusedError(reason));
        },
      };
      const onAbort = () => waiter.refuse('cancelled');
      const timer = setTimeout(() => waiter.refuse('busy'), maxWaitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held -= 1;
      const next = this.waiters[0];
      if (next && this.held < this.capacity) next.grant();
    };
  }
}
