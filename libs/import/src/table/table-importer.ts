import { InputFileError } from '@actorgraph/dataset';
import { Injectable } from '@nestjs/common';
import { basename } from 'node:path';
import { CodedActorNamer } from '../coded-events/coded-actor-namer';
import type { ImportOptions } from '../coded-events/event-importer';
import type { ImportedEvent } from '../coded-events/import-records';
import { importTotals, type FileImportSummary, type ImportSummary } from '../coded-events/import-summary';
import { ImportWriter } from '../coded-events/import-writer';
import { defaultRejectsPath, RejectFile } from '../coded-events/reject-file';
import { RowError, type ReadContext, type TableRow } from './field-values';
import { missingColumns } from './mapping-columns';
import { parseMapping, presetPath } from './parse-mapping';
import { actorLookupKeys, readTableActor, resolveTableActor, type TableActor } from './table-actor';
import { TableActorWriter } from './table-actor-writer';
import { lookupKeys } from './table-actors';
import { readTableEvent, resolveTableEvent, type TableEvent } from './table-event';
import type { TableMapping } from './table-mapping';
import { isJsonLines, isUnreadable, openTable, readFirstJson, readHeader } from './table-reader';

/** Which mapping to read a table with: a mapping file, or a preset shipped with the project. */
export type TableMappingChoice = { mapping: string } | { preset: string };

interface Pending<T> {
  line: number;
  raw: string;
  record: T;
}

type Reject = (line: number, reason: string, raw: string) => void;

/** What a batch of rows of one kind needs: read a row, look up its actors, resolve it, write the batch. */
interface RowKind<T> {
  read: (row: TableRow) => T;
  keys: (records: T[]) => { ids: string[]; names: string[]; wikidataIds: string[] };
  write: (batch: Pending<T>[], reject: Reject) => Promise<{ imported: number; unchanged: number }>;
  /** After the file: name the coded actors it touched. */
  flush: () => Promise<number>;
}

/**
 * `cli import table`: CSV/TSV files with a header row, or JSON lines, read through a mapping into interactions (the
 * same writer as GDELT and ICEWS, so the same graph shape and network projection) or actors. Every file is
 * checked against the mapping before anything is written; rows are streamed in constant memory and written in
 * batches; a row that cannot be read, mapped or resolved goes to `<input>.rejects.tsv` with its line and reason.
 */
@Injectable()
export class TableImporter {
  constructor(
    private readonly writer: ImportWriter,
    private readonly actors: TableActorWriter,
    private readonly namer: CodedActorNamer,
  ) {}

  /** Reads and checks a mapping file or preset (every problem at once); throws an InputFileError. */
  loadMapping(choice: TableMappingChoice): TableMapping {
    return parseMapping('preset' in choice ? presetPath(choice.preset) : choice.mapping);
  }

  async importTable(
    files: readonly string[],
    choice: TableMappingChoice,
    options: ImportOptions = {},
  ): Promise<ImportSummary> {
    const mapping = this.loadMapping(choice);
    const problems: string[] = [];
    for (const file of files) problems.push(...(await checkTableFile(file, mapping)));
    if (problems.length > 0) throw new InputFileError(problems.join('\n'));
    const context: ReadContext = { empty: new Set(mapping.format?.empty ?? []) };
    const summaries: FileImportSummary[] = [];
    for (const file of files) {
      const format = `table:${mapping.mapping}:${'preset' in choice ? choice.preset : basename(choice.mapping)}`;
      summaries.push(
        mapping.mapping === 'interactions'
          ? await this.importFile(file, format, mapping, options, this.eventRows(mapping, context, options.changes))
          : await this.importFile(file, format, mapping, options, this.actorRows(mapping, context, options.changes)),
      );
    }
    return { dataset: mapping.dataset, files: summaries, mentions: null, totals: importTotals(summaries) };
  }

  private eventRows(
    mapping: TableMapping & { mapping: 'interactions' },
    context: ReadContext,
    changes: ImportOptions['changes'],
  ) {
    const names = this.namer.tracker();
    const kind: RowKind<TableEvent> = {
      read: (row) => readTableEvent(mapping, row, context),
      keys: (records) => lookupKeys(records.flatMap((r) => [...r.initiators, ...r.targets])),
      write: async (batch, reject) => {
        const known = await this.actors.known(kind.keys(batch.map((p) => p.record)));
        const events: ImportedEvent[] = [];
        // Two rows of a batch with one key would be written as one: the later is refused, naming the earlier.
        const lines = new Map<string, number>();
        for (const pending of batch) {
          try {
            const first = lines.get(pending.record.id);
            if (first !== undefined) throw new RowError(`duplicate key: line ${first} has the same key`);
            lines.set(pending.record.id, pending.line);
            events.push(names.note(resolveTableEvent(pending.record, known, mapping.dataset)));
          } catch (error) {
            if (!(error instanceof RowError)) throw error;
            reject(pending.line, error.message, pending.raw);
          }
        }
        return events.length > 0 ? this.writer.writeEvents(events, changes) : { imported: 0, unchanged: 0 };
      },
      flush: () => names.flush(),
    };
    return kind;
  }

  private actorRows(
    mapping: TableMapping & { mapping: 'actors' },
    context: ReadContext,
    changes: ImportOptions['changes'],
  ) {
    const kind: RowKind<TableActor> = {
      read: (row) => readTableActor(mapping, row, context),
      keys: (records) => {
        const all = records.map(actorLookupKeys);
        return {
          ids: all.flatMap((k) => k.ids),
          names: all.flatMap((k) => k.names),
          wikidataIds: all.flatMap((k) => k.wikidataIds),
        };
      },
      write: async (batch, reject) => {
        const known = await this.actors.known(kind.keys(batch.map((p) => p.record)));
        const upserts = [];
        // Names claimed by earlier rows of the batch, which the graph does not hold yet.
        const claimed = new Map<string, string>();
        for (const pending of batch) {
          try {
            const upsert = resolveTableActor(pending.record, known, mapping.dataset);
            const clash = upsert.nameKeys.find((key) => (claimed.get(key) ?? upsert.id) !== upsert.id);
            if (clash)
              throw new RowError(`the name "${clash}" of ${upsert.id} is already held by ${claimed.get(clash)}`);
            for (const key of upsert.nameKeys) claimed.set(key, upsert.id);
            upserts.push(upsert);
          } catch (error) {
            if (!(error instanceof RowError)) throw error;
            reject(pending.line, error.message, pending.raw);
          }
        }
        return upserts.length > 0 ? this.actors.write(upserts, changes) : { imported: 0, unchanged: 0 };
      },
      flush: () => Promise.resolve(0),
    };
    return kind;
  }

  private async importFile<T>(
    file: string,
    format: string,
    mapping: TableMapping,
    options: ImportOptions,
    kind: RowKind<T>,
  ): Promise<FileImportSummary> {
    const started = process.hrtime.bigint();
    const batchSize = options.batchSize ?? 1000;
    const rejects = new RejectFile((options.rejectsPath ?? defaultRejectsPath)(file));
    const counts = { rows: 0, imported: 0, unchanged: 0 };
    let rejectsFile: string | null = null;
    const source = await openTable(file, mapping.format);
    let batch: Pending<T>[] = [];
    // A batch's rejects, written in line order once the batch is resolved.
    let batchRejects: { line: number; reason: string; raw: string }[] = [];
    const reject: Reject = (line, reason, raw) => batchRejects.push({ line, reason, raw });
    const flush = async () => {
      const written = batch.length > 0 ? await kind.write(batch, reject) : { imported: 0, unchanged: 0 };
      counts.imported += written.imported;
      counts.unchanged += written.unchanged;
      for (const r of batchRejects.sort((a, b) => a.line - b.line)) rejects.add(r.line, r.reason, r.raw);
      batchRejects = [];
      batch = [];
      options.onProgress?.({ file, rows: counts.rows, bytesRead: source.bytesRead(), totalBytes: source.totalBytes });
    };
    try {
      for await (const row of source.rows) {
        counts.rows += 1;
        if (isUnreadable(row)) {
          reject(row.line, row.reason, row.raw);
          continue;
        }
        try {
          batch.push({ line: row.line, raw: row.raw, record: kind.read(row) });
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          reject(row.line, error.message, row.raw);
          continue;
        }
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      await kind.flush();
    } finally {
      rejectsFile = rejects.close();
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { file, format, ...counts, rejected: rejects.count, rejectsFile, seconds };
  }
}

/**
 * What is wrong with a file for a mapping, before anything is written: unreadable or empty, or a header (CSV) or
 * first object (JSON lines) without the columns the mapping needs, each named with the mapping field needing it.
 */
export async function checkTableFile(file: string, mapping: TableMapping): Promise<string[]> {
  try {
    if (isJsonLines(file, mapping.format)) {
      const first = await readFirstJson(file, mapping.format);
      if (first === null) return [`${file}: the file is empty`];
      if (isUnreadable(first)) return [`${file}: not JSON lines: line 1 is ${first.reason}`];
      const required = missingColumns(mapping, []).filter(
        (c) => ['key', 'date'].includes(c.field) || c.field.startsWith('kind'),
      );
      const lacking = required.filter((c) => c.names.every((name) => first.get(name) === undefined));
      return lacking.map(
        (c) => `${file}: the first object has no field "${c.names.join('" or "')}" (mapping field ${c.field})`,
      );
    }
    const { header, delimiter } = await readHeader(file, mapping.format);
    if (header === null) return [`${file}: the file is empty`];
    const missing = missingColumns(mapping, header);
    if (missing.length === 0) return [];
    const shown = header.slice(0, 6).join(delimiter === '\t' ? ' ⇥ ' : delimiter);
    const hint = /^\d+$/.test(header[0] ?? '') ? '; the first line looks like data: the file has no header row' : '';
    return [
      `${file}: not a table this mapping reads: the header (${shown}${header.length > 6 ? '…' : ''}) lacks ${missing
        .map((c) => `"${c.names.join('" or "')}" (${c.field})`)
        .join(', ')}${hint}`,
    ];
  } catch (error) {
    if (error instanceof InputFileError) return [error.message];
    throw error;
  }
}
