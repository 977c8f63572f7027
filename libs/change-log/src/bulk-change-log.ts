import type { QueryRunner } from '@actorgraph/neo4j';
import type { ChangeAuthor, ChangeRecord } from './change-entry';

/** What the batched writers (libs/ingest, libs/import) need of the change log: record a batch in its transaction. */
export interface BatchChangeSink {
  /** Records the ids a batch wrote, inside the batch's write transaction (call it last in the transaction). */
  recordBatch(run: QueryRunner, ids: readonly string[]): Promise<void>;
}

interface Recorder {
  record(
    run: QueryRunner,
    entry: { operation: string; author: ChangeAuthor; targetIds: readonly string[]; input: unknown },
    bulk: { loadId: string; part: number },
  ): Promise<ChangeRecord>;
}

/**
 * A bulk load or import's change log: each batch transaction writes one entry with the ids of that batch (so every
 * id is kept, in pages of at most a batch) and the load id they share; `changes(where: { loadId })` reads them
 * back page by page, and a subscriber gets one event per batch, never one per record.
 */
export class BulkChangeLog implements BatchChangeSink {
  private parts = 0;
  private ids = 0;

  constructor(
    private readonly recorder: Recorder,
    readonly operation: string,
    readonly author: ChangeAuthor,
    private readonly input: unknown,
    readonly loadId: string,
  ) {}

  async recordBatch(run: QueryRunner, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // Numbered before the transaction commits; a retried transaction takes the next number (gaps are harmless).
    this.parts += 1;
    await this.recorder.record(
      run,
      { operation: this.operation, author: this.author, targetIds: ids, input: this.input },
      { loadId: this.loadId, part: this.parts },
    );
    this.ids += ids.length;
  }

  /** Batches recorded and ids in them (a retried batch counts twice: for reports, not for the log). */
  get totals(): { parts: number; ids: number } {
    return { parts: this.parts, ids: this.ids };
  }
}
