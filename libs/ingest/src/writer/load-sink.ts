import type { Neo4jService } from '@actorgraph/neo4j';
import type { DatasetSection } from '@actorgraph/dataset';
import { emptySummary, type LoadSummary } from './load-summary';
import type { SectionStatements } from './section-statements';
import type { WriteOptions } from './write-options';
import type { WriteRow } from './write-rows';

interface Pending {
  section: DatasetSection;
  row: WriteRow;
  /** Not stored yet: written with CREATE. */
  fresh: boolean;
}

const CHANGED_IDS_SHOWN = 20;

/**
 * Takes rows section by section, in write order, and writes the changed ones. Rows are compared
 * with the stored content hashes a chunk at a time. Changed rows are held until more than
 * `atomicLimit` (20,000) have come: a load that changes no more is written in one transaction,
 * all or nothing; past it, rows go batch by batch (`batchSize`), each batch idempotent, while the
 * next batch is prepared and looked up (one write transaction in flight at a time).
 */
export class LoadSink {
  readonly summary: LoadSummary;
  private held: Pending[] = [];
  private batched = false;
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private readonly done: Partial<Record<DatasetSection, number>> = {};
  private readonly batchSize: number;
  private readonly atomicLimit: number;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly statements: SectionStatements,
    private readonly options: WriteOptions,
    /** Records per section, for progress. */
    private readonly totals: Partial<Record<DatasetSection, number>> = {},
  ) {
    this.summary = emptySummary(options.dryRun ?? false);
    this.batchSize = options.batchSize ?? 5000;
    this.atomicLimit = options.atomicLimit ?? 20_000;
  }

  /** Compares rows with what is stored and queues the changed ones (the sections must come in write order). */
  async add(section: DatasetSection, rows: readonly WriteRow[]): Promise<void> {
    const lookup = Math.max(this.batchSize, 1000);
    for (let start = 0; start < rows.length; start += lookup) {
      const chunk = rows.slice(start, start + lookup);
      const stored = await this.statements.storedHashes(section, chunk);
      const counts = this.summary.sections[section];
      const shown = this.summary.changedIds[section];
      let unchanged = 0;
      for (const row of chunk) {
        const hash = stored.get(row.id) ?? null;
        if (hash === row.hash) {
          unchanged += 1;
          continue;
        }
        if (hash === null) counts.created += 1;
        else counts.updated += 1;
        if (shown.length < CHANGED_IDS_SHOWN) shown.push(row.id);
        if (!this.summary.dryRun) this.held.push({ section, row, fresh: hash === null });
      }
      counts.unchanged += unchanged;
      this.progress(section, unchanged);
      if (!this.batched && this.held.length > this.atomicLimit) this.batched = true;
      while (this.batched && this.held.length >= this.batchSize)
        await this.dispatch(this.held.splice(0, this.batchSize));
    }
  }

  /** Writes what is still held, waits for the last batch, and returns what the load did. */
  async finish(): Promise<LoadSummary> {
    if (this.held.length > 0) {
      if (this.batched) while (this.held.length > 0) await this.dispatch(this.held.splice(0, this.batchSize));
      else await this.dispatch(this.held.splice(0));
    }
    await this.settle();
    return this.summary;
  }

  /** Waits for the batch in flight, then starts this one without waiting for it. */
  private async dispatch(batch: Pending[]): Promise<void> {
    await this.settle();
    this.inFlight = this.neo4j
      .bulkWriteTransaction((run) => this.writeBatch(run, batch))
      .then(
        () => {
          const written = new Map<DatasetSection, number>();
          for (const { section } of batch) written.set(section, (written.get(section) ?? 0) + 1);
          for (const [section, count] of written) this.progress(section, count);
        },
        (error: unknown) => {
          this.failure = error;
        },
      );
  }

  private async settle(): Promise<void> {
    await this.inFlight;
    if (this.failure !== null) throw this.failure;
  }

  /** Writes a batch section by section in the order its rows came (what is referenced comes first). */
  private async writeBatch(run: Parameters<SectionStatements['write']>[0], batch: Pending[]): Promise<void> {
    let start = 0;
    while (start < batch.length) {
      const section = (batch[start] as Pending).section;
      let end = start;
      while (end < batch.length && (batch[end] as Pending).section === section) end += 1;
      const rows = batch.slice(start, end);
      const fresh = rows.filter((p) => p.fresh).map((p) => p.row);
      const stale = rows.filter((p) => !p.fresh).map((p) => p.row);
      for (let i = 0; i < Math.max(fresh.length, stale.length); i += this.batchSize)
        await this.statements.write(
          run,
          section,
          fresh.slice(i, i + this.batchSize),
          stale.slice(i, i + this.batchSize),
          !this.options.skipNetwork,
        );
      start = end;
    }
    await this.options.changes?.recordBatch(
      run,
      batch.map((p) => p.row.id),
    );
  }

  private progress(section: DatasetSection, count: number): void {
    if (count === 0) return;
    const done = (this.done[section] ?? 0) + count;
    this.done[section] = done;
    this.options.onProgress?.({ section, done, total: this.totals[section] ?? done });
  }
}
