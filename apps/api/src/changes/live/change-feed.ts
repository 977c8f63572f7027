import type { ChangeRecord } from '@actorgraph/change-log';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import { SubscriberQueue } from './subscriber-queue';
import { SubscriptionMetrics } from './subscription-metrics';

/** How often the log is read while anyone is subscribed. */
const POLL_MS = 200;
/** Most entries read at once (a subscriber catching up reads page after page). */
const PAGE = 200;
/** Most pages a resuming subscriber reads per tick (the others wait at most that long). */
const CATCH_UP_PAGES = 25;

/** One subscription, as the feed sees it: where it is in the log, and what it does with each entry. */
export interface FeedSubscriber {
  /** The field (for the metrics): `changes` or `interactionRecorded`. */
  readonly field: string;
  /** The seq of the last entry it has been given (or skipped); null: from now on. */
  cursor: number | null;
  /** Still reading its own pages after `after`, before it joins the shared reads. */
  catchingUp: boolean;
  /** Gives it one entry; entries come once each, in seq order. May read (interactions of the entry). */
  deliver(change: ChangeRecord): Promise<void>;
}

/**
 * Feeds the subscriptions of this process from the change log, in commit order: one read of the entries after the
 * last seen seq every {@link POLL_MS} while anyone is subscribed, so writes made by any API process or the CLI reach
 * every subscriber. A subscriber resuming after an id first reads its own pages from there, then joins the shared
 * reads: each entry reaches it exactly once, in order (docs/live-updates.md). The reads run in the feed's own loop,
 * outside any request's deadline.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly queries: CypherQueries<'after' | 'lastSeq' | 'seq'>;
  private readonly subscribers = new Set<FeedSubscriber>();
  /** The last seq read by the shared reads; null until known. */
  private last: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastFailureLog = 0;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly metrics: SubscriptionMetrics,
  ) {
    this.queries = neo4j.queries.requireAll({
      after: 'changes/changes-after',
      lastSeq: 'changes/last-seq',
      seq: 'changes/change-seq',
    });
  }

  onApplicationBootstrap(): void {
    // Armed here, outside any request: every later tick inherits no request's deadline.
    this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** The seq of a change id, or null when the log has no numbered entry of that id. */
  async seqOf(changeId: string): Promise<number | null> {
    const [row] = await this.neo4j.read<{ seq: number }>(this.queries.seq, { id: changeId });
    return row?.seq ?? null;
  }

  add(subscriber: FeedSubscriber): void {
    this.subscribers.add(subscriber);
    this.metrics.opened(subscriber.field);
  }

  remove(subscriber: FeedSubscriber): void {
    if (this.subscribers.delete(subscriber)) this.metrics.closed(subscriber.field);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.tick()
        .catch((error: unknown) => this.failed(error))
        .finally(() => this.schedule());
    }, POLL_MS);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.subscribers.size === 0) return;
    if (this.last === null) {
      const [row] = await this.neo4j.read<{ seq: number }>(this.queries.lastSeq);
      this.last = row?.seq ?? 0;
    }
    for (const subscriber of this.subscribers) {
      if (subscriber.cursor === null) subscriber.cursor = this.last;
      if (subscriber.catchingUp) await this.catchUp(subscriber);
    }
    for (;;) {
      const page = await this.read(this.last);
      for (const change of page) {
        for (const subscriber of this.subscribers) {
          if (!subscriber.catchingUp) await this.deliver(subscriber, change);
        }
        this.last = change.seq;
      }
      if (page.length < PAGE) return;
    }
  }

  /** One page of a resuming subscriber's own reads; it joins the shared reads once it has reached them. */
  private async catchUp(subscriber: FeedSubscriber): Promise<void> {
    for (let pages = 0; pages < CATCH_UP_PAGES && this.subscribers.has(subscriber); pages += 1) {
      const page = await this.read(subscriber.cursor ?? 0);
      for (const change of page) await this.deliver(subscriber, change);
      // No await between this check and the join: the shared reads go on from where it stands or before it.
      if (page.length < PAGE && (subscriber.cursor ?? 0) >= (this.last ?? 0)) {
        subscriber.catchingUp = false;
        return;
      }
    }
  }

  /**
   * Opens a subscription: its queue, fed from the entry after `afterId` (BAD_USER_INPUT when the log has no such
   * id), or from now on. `onChange` pushes what the subscriber should get of each entry (nothing, or events).
   */
  async open<T>(
    field: string,
    afterId: string | null | undefined,
    onChange: (change: ChangeRecord, push: (event: T) => void) => Promise<void> | void,
  ): Promise<SubscriberQueue<T>> {
    const cursor = afterId ? await this.seqOf(afterId) : null;
    if (afterId && cursor === null) {
      throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `after: no change ${afterId} in the change log`, 'after');
    }
    const subscriber: FeedSubscriber = {
      field,
      cursor,
      catchingUp: cursor !== null,
      deliver: (change) => Promise.resolve(onChange(change, (event) => queue.push(event))),
    };
    const queue = new SubscriberQueue<T>(() => this.remove(subscriber));
    this.add(subscriber);
    return queue;
  }

  private async deliver(subscriber: FeedSubscriber, change: ChangeRecord): Promise<void> {
    if (!this.subscribers.has(subscriber) || change.seq <= (subscriber.cursor ?? 0)) return;
    await subscriber.deliver(change);
    subscriber.cursor = change.seq;
    this.metrics.delivered(subscriber.field, change.at);
  }

  private async read(after: number): Promise<ChangeRecord[]> {
    const rows = await this.neo4j.read<{ change: ChangeRecord }>(this.queries.after, {
      after: int(after),
      limit: int(PAGE),
    });
    return rows.map((row) => row.change);
  }

  private failed(error: unknown): void {
    // Retried at the next tick from where each subscriber stands; logged at most once a minute.
    if (Date.now() - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = Date.now();
    this.logger.warn(`reading the change log failed; retrying: ${(error as Error).message}`);
  }
}
