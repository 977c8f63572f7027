import { foldName } from '@actorgraph/graph';
import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { RecordType } from '../validation/reference-index';
import { validateDatasets, type KnownRecord } from '../validation/validate-datasets';
import type { ValidationIssue } from '../validation/validation-issue';
import { DatasetWriter, type WriteOptions } from '../writer/dataset-writer';
import type { LoadSummary } from '../writer/load-summary';
import { expandInputs } from './input-files';

export type LoadResult =
  | { ok: true; files: string[]; summary: LoadSummary; warnings: ValidationIssue[] }
  | { ok: false; files: string[]; issues: ValidationIssue[]; warnings: ValidationIssue[] };

/**
 * `cli load` and the API's seeding: validates every input file first (references
 * to records already in the database are allowed), and writes only when there
 * is no error at all.
 */
@Injectable()
export class DatasetLoader {
  private readonly findKnown: CypherQuery;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly writer: DatasetWriter,
  ) {
    this.findKnown = neo4j.queries.require('load/find-known-records');
  }

  async load(inputs: readonly string[], options: WriteOptions = {}): Promise<LoadResult> {
    const files = expandInputs(inputs);
    let result = validateDatasets(files);
    if (result.unresolved.length > 0) {
      const known = await this.knownRecords(result.unresolved);
      if (known.length > 0) result = validateDatasets(files, known);
    }
    if (result.issues.length > 0) return { ok: false, files, issues: result.issues, warnings: result.warnings };
    const summary = await this.writer.write(result.dataset, options);
    return { ok: true, files, summary, warnings: result.warnings };
  }

  private async knownRecords(references: string[]): Promise<KnownRecord[]> {
    const rows = await this.neo4j.read<{ id: string; type: RecordType; kind: string; names: string[] }>(
      this.findKnown,
      {
        refs: references.map((ref) => ({ ref, key: foldName(ref) })),
      },
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...byId.values()];
  }
}
