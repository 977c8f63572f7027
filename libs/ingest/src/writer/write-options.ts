import type { BatchChangeSink } from '@actorgraph/change-log';
import type { DatasetSection } from '@actorgraph/dataset';

export interface WriteOptions {
  dryRun?: boolean;
  /** Rows per transaction once a load is written batch by batch, and at most per statement (5,000). */
  batchSize?: number;
  /** Up to this many changed rows are written in one transaction (all or nothing); more go batch by batch. */
  atomicLimit?: number;
  onProgress?: (progress: { section: DatasetSection; done: number; total: number }) => void;
  /**
   * Benchmarks only: leave the who-spoke-to-whom projection (docs/network.md) as it is, to measure what keeping
   * it costs. The projection is then stale until `cli network rebuild`.
   */
  skipNetwork?: boolean;
  /** The change log of this load: each write transaction records the ids it wrote, last, in the same transaction. */
  changes?: BatchChangeSink;
}
