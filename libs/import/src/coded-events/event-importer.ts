import type { BatchChangeSink } from '@actorgraph/change-log';
import { Injectable } from '@nestjs/common';
import { gdeltInteractionId, mapGdeltEvent } from './gdelt-mapping';
import { parseGdeltEventRow, type GdeltEventRow, type GdeltLayout } from './gdelt-event-row';
import { parseGdeltMentionRow } from './gdelt-mention-row';
import { mapIcewsEvent } from './icews-mapping';
import { parseIcewsEventRow, type IcewsHeader } from './icews-event-row';
import { checkGdeltEvents, checkGdeltMentions, checkIcewsEvents } from './input-formats';
import { isRejection, type ImportedEvent, type RowRejection } from './import-records';
import { importTotals, type FileImportSummary, type ImportSummary, type MentionsImportSummary } from './import-summary';
import { ImportWriter, type MentionEvidence } from './import-writer';
import { openLines } from './line-reader';
import { defaultRejectsPath, RejectFile } from './reject-file';
import { urlSource } from './coded-records';
import { CodedActorNamer } from './coded-actor-namer';

export interface ImportProgress {
  file: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  /** Rows per write transaction (1,000). */
  batchSize?: number;
  /** Where a file's rejects go; `<input>.rejects.tsv` by default. */
  rejectsPath?: (input: string) => string;
  onProgress?: (progress: ImportProgress) => void;
  /** The change log of this import: each batch transaction records the ids it wrote, in the same transaction. */
  changes?: BatchChangeSink;
}

type LineParser<T> = (text: string) => T | RowRejection;

/**
 * Imports coded event files (GDELT 2.0/1.0 exports and Mentions, ICEWS) streaming, in batches. Every file is
 * checked before anything is written, so a wrong or unreadable file fails fast with nothing written; after
 * that, bad rows go to the file's reject file and never stop the import.
 */
@Injectable()
export class EventImporter {
  constructor(
    private readonly writer: ImportWriter,
    private readonly namer: CodedActorNamer,
  ) {}

  async importGdelt(
    files: readonly string[],
    options: ImportOptions & { mentions?: string } = {},
  ): Promise<ImportSummary> {
    const layouts: GdeltLayout[] = [];
    for (const file of files) layouts.push(await checkGdeltEvents(file));
    if (options.mentions) await checkGdeltMentions(options.mentions);
    const summaries: FileImportSummary[] = [];
    for (const [index, file] of files.entries()) {
      const layout = layouts[index]!;
      const names = this.namer.tracker();
      const map = (row: GdeltEventRow) => names.note(mapGdeltEvent(row));
      summaries.push(await this.importEvents(file, layout, (text) => parseGdeltEventRow(text, layout), map, options));
      await names.flush();
    }
    const mentions = options.mentions ? await this.importMentions(options.mentions, options) : null;
    return { dataset: 'gdelt', files: summaries, mentions, totals: importTotals(summaries) };
  }

  async importIcews(files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    const headers: IcewsHeader[] = [];
    for (const file of files) headers.push(await checkIcewsEvents(file));
    const summaries: FileImportSummary[] = [];
    for (const [index, file] of files.entries()) {
      const header = headers[index]!;
      summaries.push(
        await this.importEvents(file, 'icews', (text) => parseIcewsEventRow(text, header), mapIcewsEvent, options, 1),
      );
    }
    return { dataset: 'icews', files: summaries, mentions: null, totals: importTotals(summaries) };
  }

  private async importEvents<Row extends object>(
    file: string,
    format: string,
    parse: LineParser<Row>,
    map: (row: Row) => ImportedEvent,
    options: ImportOptions,
    headerLines = 0,
  ): Promise<FileImportSummary> {
    const counts = { imported: 0, unchanged: 0 };
    const result = await this.stream(file, headerLines, parse, map, options, async (batch) => {
      const written = await this.writer.writeEvents(batch, options.changes);
      counts.imported += written.imported;
      counts.unchanged += written.unchanged;
    });
    return { file, format, ...result, ...counts };
  }

  private async importMentions(file: string, options: ImportOptions): Promise<MentionsImportSummary> {
    const counts = { linked: 0, present: 0, unmatched: 0 };
    const toEvidence = (row: Exclude<ReturnType<typeof parseGdeltMentionRow>, RowRejection>): MentionEvidence => ({
      interaction: gdeltInteractionId(row.globalEventId),
      source: urlSource(row.identifier, 'gdelt', row.sourceName || null),
      props: {
        quote: '',
        sourceName: row.sourceName,
        url: /^https?:\/\//i.test(row.identifier) ? row.identifier : null,
        sentenceId: row.sentenceId,
        confidence: row.confidence,
        mentionType: row.mentionType,
        mentionTime: row.mentionTime,
      },
    });
    const result = await this.stream(file, 0, parseGdeltMentionRow, toEvidence, options, async (batch) => {
      const added = await this.writer.addMentions(batch, options.changes);
      counts.linked += added.linked;
      counts.present += added.present;
      counts.unmatched += added.unmatched;
    });
    return { file, ...result, ...counts };
  }

  /** Reads `file` line by line, parses and maps each row, and hands full batches to `write`. */
  private async stream<Row extends object, Out>(
    file: string,
    headerLines: number,
    parse: LineParser<Row>,
    map: (row: Row) => Out,
    options: ImportOptions,
    write: (batch: Out[]) => Promise<void>,
  ): Promise<{ rows: number; rejected: number; rejectsFile: string | null; seconds: number }> {
    const started = process.hrtime.bigint();
    const batchSize = options.batchSize ?? 1000;
    const rejects = new RejectFile((options.rejectsPath ?? defaultRejectsPath)(file));
    const source = await openLines(file);
    let batch: Out[] = [];
    let rows = 0;
    let rejectsFile: string | null = null;
    try {
      for await (const line of source.lines) {
        if (line.lineNumber <= headerLines || line.text.trim() === '') continue;
        rows += 1;
        const parsed = parse(line.text);
        if (isRejection(parsed)) {
          rejects.add(line.lineNumber, parsed.reason, line.text);
          continue;
        }
        try {
          batch.push(map(parsed));
        } catch (error) {
          rejects.add(line.lineNumber, (error as Error).message, line.text);
          continue;
        }
        if (batch.length >= batchSize) {
          await write(batch);
          batch = [];
          options.onProgress?.({ file, rows, bytesRead: line.bytesRead, totalBytes: source.totalBytes });
        }
      }
      if (batch.length > 0) await write(batch);
      options.onProgress?.({ file, rows, bytesRead: source.totalBytes, totalBytes: source.totalBytes });
    } finally {
      rejectsFile = rejects.close();
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { rows, rejected: rejects.count, rejectsFile, seconds };
  }
}
