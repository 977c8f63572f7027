import { SessionGate, type RequestScope } from '@actorgraph/neo4j';
import { ApiError, ApiErrorCode } from '../errors/api-error';

/** What /metrics reports of the heavy requests' turns. */
export interface HeavyRequestStats {
  readonly running: number;
  readonly waiting: number;
  readonly capacity: number;
}

/**
 * Heavy requests (over the priority cost: big lists, centralities, paths, exports) take turns, a few at a time, in
 * the order they came. Neo4j and the event loop then serve a handful of heavy requests at full speed instead of
 * dozens at a crawl, so /health and cheap reads (which never wait here) keep their latency, and the heavy ones
 * finish no later on average. A request waits for its turn until its deadline (REQUEST_TIMEOUT), and its turn ends
 * with it (its scope is aborted when it is answered, at its deadline, or when its client goes).
 */
export class HeavyRequests {
  private readonly turns: SessionGate;

  constructor(readonly capacity: number) {
    this.turns = new SessionGate(capacity);
  }

  stats(): HeavyRequestStats {
    return { running: this.turns.inUse, waiting: this.turns.waiting, capacity: this.capacity };
  }

  /** Resolves when the request may run; rejects with REQUEST_TIMEOUT when its deadline comes first. */
  async admit(scope: RequestScope): Promise<void> {
    // A second past the deadline: the deadline's own abort ends the wait first (and answers the request).
    const release = await this.turns.acquire(scope.deadline - Date.now() + 1_000, scope.signal).catch(() => {
      throw new ApiError(ApiErrorCode.REQUEST_TIMEOUT, 'The request ran past its deadline waiting for its turn.');
    });
    if (scope.signal.aborted) release();
    else scope.signal.addEventListener('abort', release, { once: true });
  }
}
