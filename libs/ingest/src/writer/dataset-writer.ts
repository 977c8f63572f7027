import { Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { DatasetSection, NormalizedDataset } from '@actorgraph/dataset';
import { LoadSink } from './load-sink';
import type { LoadSummary } from './load-summary';
import { SectionStatements } from './section-statements';
import { writeRows } from './write-rows';

export interface WriteOptions {
  dryRun?: boolean;
  /** Rows per transaction once a load is written batch by batch, and at most per statement (5,000). */
  batchSize?: number;
  /** Up to this many changed rows are written in one transaction (all or nothing); more go batch by batch. */
  atomicLimit?: number;
  onProgress?: (progress: { section: DatasetSection; done: number; total: number }) => void;
}

/**
 * Writes validated records. Rows whose content hash is already stored are skipped, so a re-load
 * writes nothing and reports every record unchanged; a changed record is updated in place.
 */
@Injectable()
export class DatasetWriter {
  private readonly statements: SectionStatements;

  constructor(private readonly neo4j: Neo4jService) {
    this.statements = new SectionStatements(neo4j);
  }

  /** A sink to stream rows into, section by section in write order; `finish()` writes the rest. */
  sink(options: WriteOptions = {}, totals: Partial<Record<DatasetSection, number>> = {}): LoadSink {
    return new LoadSink(this.neo4j, this.statements, options, totals);
  }

  async write(dataset: NormalizedDataset, options: WriteOptions = {}): Promise<LoadSummary> {
    const rows = writeRows(dataset);
    const sink = this.sink(options, Object.fromEntries(rows.map(([section, r]) => [section, r.length])));
    for (const [section, sectionRows] of rows) await sink.add(section, sectionRows);
    return sink.finish();
  }
}
