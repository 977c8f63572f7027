import { foldName } from '@actorgraph/graph';
import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import {
  expandInputs,
  fileInput,
  type DatasetInput,
  type KnownRecord,
  type RecordType,
  type ValidationIssue,
} from '@actorgraph/dataset';
import { DatasetWriter, type WriteOptions } from '../writer/dataset-writer';
import type { LoadSummary } from '../writer/load-summary';
import { rowsOf, WRITE_ORDER } from '../writer/write-rows';
import { checkInputs } from './input-passes';

export interface LoadOptions extends WriteOptions {
  /** Inputs larger than this in all (16 MiB) are streamed: read again for each pass instead of held. */
  streamAboveBytes?: number;
  /** For content sent over the API: a source's `textFile` is not read (a warning says its quotes are unchecked). */
  ignoreSourceFiles?: boolean;
}

/** Paths (files, or folders searched for datasets) and inputs held in memory, each read once, in order. */
function datasetInputs(inputs: readonly (string | DatasetInput)[]): DatasetInput[] {
  const named = new Map<string, DatasetInput>();
  for (const input of inputs)
    for (const one of typeof input === 'string' ? expandInputs([input]).map(fileInput) : [input])
      if (!named.has(one.name)) named.set(one.name, one);
  return [...named.values()];
}

export type LoadResult =
  | { ok: true; files: string[]; summary: LoadSummary; warnings: ValidationIssue[] }
  | { ok: false; files: string[]; issues: ValidationIssue[]; warnings: ValidationIssue[] };

/**
 * `cli load` and the API's seeding: validates every input file first (references
 * to records already in the database are allowed), and writes only when there
 * is no error at all. Large inputs are streamed: read once per pass, one file at a time. An input is a
 * path, or content held in memory ({@link textInput}: the API's loadDataset), named as given in messages.
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

  async load(inputs: readonly (string | DatasetInput)[], options: LoadOptions = {}): Promise<LoadResult> {
    const read = datasetInputs(inputs);
    const files = read.map((input) => input.name);
    const checked = await checkInputs(
      read,
      (references) => this.knownRecords(references),
      options.streamAboveBytes,
      options.ignoreSourceFiles,
    );
    const { issues, warnings } = checked;
    if (issues.length > 0) return { ok: false, files, issues, warnings };
    const sink = this.writer.sink(options, checked.totals);
    for (const section of WRITE_ORDER)
      if (section !== 'interactions' || checked.interactionsHeld)
        await sink.add(section, rowsOf(section, checked.records[section]));
    if (!checked.interactionsHeld)
      for (const interactions of checked.interactions())
        await sink.add('interactions', rowsOf('interactions', interactions));
    return { ok: true, files, summary: await sink.finish(), warnings };
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
