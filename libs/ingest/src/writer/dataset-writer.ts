import { Neo4jService } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import { Injectable } from '@nestjs/common';
import type { DatasetSection, NormalizedDataset } from '@actorgraph/dataset';
import { LoadSink } from './load-sink';
import type { LoadSummary } from './load-summary';
import { SectionStatements } from './section-statements';
import type { WriteOptions } from './write-options';
import { writeRows } from './write-rows';

export type { WriteOptions } from './write-options';

/**
 * Writes validated records. Rows whose content hash is already stored are skipped, so a re-load
 * writes nothing and reports every record unchanged; a changed record is updated in place.
 */
@Injectable()
export class DatasetWriter {
  private readonly statements: SectionStatements;

  constructor(
    private readonly neo4j: Neo4jService,
    network: NetworkMaintainer,
  ) {
    this.statements = new SectionStatements(neo4j, network);
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
