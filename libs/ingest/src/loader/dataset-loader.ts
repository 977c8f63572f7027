import { buildLuceneQuery, foldName, isLuceneQuery, MAX_SEARCH_TEXT_LENGTH } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
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
import { checkInputs, type NameHolder } from './input-passes';

/** Unknown references looked up for suggestions, at most; candidates taken per reference. */
const MAX_SUGGESTION_LOOKUPS = 200;
const SUGGESTIONS_PER_REFERENCE = 5;
/** Names looked up per query when checking that the database gives them to no other record. */
const NAME_BATCH = 2_000;

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
  | {
      ok: true;
      files: string[];
      summary: LoadSummary;
      warnings: ValidationIssue[];
      /** Each reference written as a name or alias (`Kazakh Foreign Ministry`) and the id it resolved to. */
      resolvedNames: { reference: string; id: string }[];
    }
  | { ok: false; files: string[]; issues: ValidationIssue[]; warnings: ValidationIssue[] };

/**
 * `cli load` and the API's seeding: validates every input file first (references
 * to records already in the database are allowed), and writes only when there
 * is no error at all. Large inputs are streamed: read once per pass, one file at a time. An input is a
 * path, or content held in memory ({@link textInput}: the API's loadDataset), named as given in messages.
 */
@Injectable()
export class DatasetLoader {
  private readonly queries: CypherQueries<'findKnown' | 'closest' | 'nameHolders' | 'sourceTexts'>;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly writer: DatasetWriter,
  ) {
    this.queries = neo4j.queries.requireAll({
      findKnown: 'load/find-known-records',
      closest: 'load/closest-records',
      nameHolders: 'load/find-name-holders',
      sourceTexts: 'load/stored-source-texts',
    });
  }

  async load(inputs: readonly (string | DatasetInput)[], options: LoadOptions = {}): Promise<LoadResult> {
    const read = datasetInputs(inputs);
    const files = read.map((input) => input.name);
    const checked = await checkInputs(
      read,
      {
        references: (references) => this.knownRecords(references),
        nameHolders: (keys) => this.nameHolders(keys),
        sourceTexts: (ids) => this.neo4j.read<{ id: string; text: string }>(this.queries.sourceTexts, { ids }),
      },
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
    const resolvedNames = [...checked.resolvedNames].map(([reference, id]) => ({ reference, id }));
    return { ok: true, files, summary: await sink.finish(), warnings, resolvedNames };
  }

  private async knownRecords(references: string[]): Promise<KnownRecord[]> {
    const rows = await this.neo4j.read<{
      ref: string;
      id: string;
      type: RecordType;
      kind: string;
      names: string[];
      text?: string | null;
    }>(this.queries.findKnown, {
      refs: references.map((ref) => ({ ref, key: foldName(ref) })),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of await this.closestRecords(references.filter((ref) => !rows.some((r) => r.ref === ref))))
      if (!byId.has(row.id)) byId.set(row.id, { ...row, names: [...row.names], ref: '' });
    return [...byId.values()];
  }

  /** The actors and places of the database holding these folded names, in batches of {@link NAME_BATCH}. */
  private async nameHolders(keys: readonly string[]): Promise<NameHolder[]> {
    const holders: NameHolder[] = [];
    for (let i = 0; i < keys.length; i += NAME_BATCH)
      holders.push(
        ...(await this.neo4j.read<NameHolder>(this.queries.nameHolders, { keys: keys.slice(i, i + NAME_BATCH) })),
      );
    return holders;
  }

  /**
   * Actors and places named like references nothing resolved (one typo forgiven), added as known records so the
   * "did you mean" of an unknown reference is drawn from the database too (person:kassym-jomart-tokaev →
   * person:kassym-jomart-tokayev), not only from the file.
   */
  private async closestRecords(unknown: readonly string[]): Promise<KnownRecord[]> {
    const queries = unknown
      .filter((ref) => !ref.startsWith('source:'))
      .slice(0, MAX_SUGGESTION_LOOKUPS)
      .map((ref) => buildLuceneQuery(ref.replace(/^[a-z]+:/, '').slice(0, MAX_SEARCH_TEXT_LENGTH)))
      .filter(isLuceneQuery)
      .map((built) => built.query);
    if (queries.length === 0) return [];
    return this.neo4j.read<KnownRecord>(this.queries.closest, { queries, limit: int(SUGGESTIONS_PER_REFERENCE) });
  }
}
