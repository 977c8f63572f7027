import { InputFileError } from '@actorgraph/dataset';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { fileSize, openZipEntry } from '../coded-events/line-reader';
import type { TableRow } from './field-values';
import type { FormatSpec } from './table-mapping';

/** A row the reader could not split into columns (an unclosed quote, bad JSON); it goes to the rejects file. */
export interface UnreadableRow {
  line: number;
  raw: string;
  reason: string;
}

/** An input opened for streaming: its header (CSV), size for progress, and its rows, read lazily. */
export interface TableSource {
  header: string[] | null;
  totalBytes: number;
  bytesRead: () => number;
  rows: AsyncIterable<TableRow | UnreadableRow>;
}

export function isUnreadable(row: TableRow | UnreadableRow): row is UnreadableRow {
  return 'reason' in row;
}

/** The file's name without `.gz` / `.zip`, to tell its type (`events.tsv.gz` → `events.tsv`). */
function innerName(path: string): string {
  return path.replace(/\.(gz|zip)$/i, '');
}

/** JSON lines when the mapping says so or the file is `.jsonl`/`.ndjson`; else delimited text. */
export function isJsonLines(path: string, format: FormatSpec | undefined): boolean {
  return format?.type === 'jsonl' || (!format?.type && /\.(jsonl|ndjson)$/i.test(innerName(path)));
}

function decoder(encoding: string): Transform {
  let text: TextDecoder;
  try {
    text = new TextDecoder(encoding, { fatal: false });
  } catch {
    throw new InputFileError(`unknown encoding "${encoding}" (format.encoding): use utf-8, windows-1252, latin1…`);
  }
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

/** The raw bytes of a file, a `.gz` or the first file in a `.zip`, with a byte counter for progress. */
async function openBytes(path: string): Promise<{ stream: Readable; totalBytes: number; bytesRead: () => number }> {
  const size = fileSize(path);
  let read = 0;
  const count = new PassThrough();
  count.on('data', (chunk: Buffer) => {
    read += chunk.length;
  });
  if (/\.zip$/i.test(path)) {
    const entry = await openZipEntry(path);
    entry.stream.pipe(count);
    return { stream: count, totalBytes: entry.size, bytesRead: () => read };
  }
  const file = createReadStream(path);
  file.on('error', (error) => count.destroy(new InputFileError(`${path}: cannot read the file (${error.message})`)));
  file.pipe(count);
  if (/\.gz$/i.test(path)) {
    const gunzip = createGunzip();
    gunzip.on('error', (error) =>
      gunzip.destroy(new InputFileError(`${path}: not a readable gzip file (${error.message})`)),
    );
    count.pipe(gunzip);
    return { stream: gunzip, totalBytes: size, bytesRead: () => read };
  }
  return { stream: count, totalBytes: size, bytesRead: () => read };
}

/** The delimiter of a file: the mapping's, else the one the header line uses most (tab, comma or semicolon). */
function sniffDelimiter(headerLine: string): string {
  const counts = ['\t', ',', ';'].map((d) => [d, headerLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[1] > 0
    ? counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
    : ',';
}

async function firstTextLine(path: string, encoding: string): Promise<string | null> {
  const { stream } = await openBytes(path);
  const lines = createInterface({ input: stream.pipe(decoder(encoding)), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const text = line.replace(/^\uFEFF/, '');
      if (text.trim() !== '') return text;
    }
    return null;
  } finally {
    lines.close();
    stream.destroy();
  }
}

function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

async function* csvRows(stream: Readable, options: { delimiter: string; quote: string }, header: string[]) {
  const index = headerIndex(header);
  const skipped: UnreadableRow[] = [];
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quote,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const text = raw ?? '';
      const newlines = (text.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
      const end = typeof error?.['lines'] === 'number' ? error['lines'] : 0;
      skipped.push({
        line: Math.max(end - newlines, 1),
        raw: text.split('\n')[0] ?? '',
        reason: error?.message ?? 'unreadable row',
      });
      return undefined;
    },
  });
  stream.pipe(parser);
  let first = true;
  for await (const item of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    while (skipped.length > 0) yield skipped.shift()!;
    const raw = item.raw.replace(/\r?\n$/, '');
    const line = item.info.lines - (raw.match(/\n/g) ?? []).length;
    if (first) {
      first = false;
      continue; // the header
    }
    const cells = item.record;
    if (
      cells.length !== header.length &&
      !(cells.length > header.length && cells.slice(header.length).every((c) => c === ''))
    ) {
      yield { line, raw, reason: `wrong column count: ${cells.length} columns, the header has ${header.length}` };
      continue;
    }
    yield {
      line,
      raw,
      get: (column: string) => {
        const at = index.get(column.trim().toLowerCase());
        return at === undefined ? undefined : (cells[at] ?? '');
      },
    } satisfies TableRow;
  }
  while (skipped.length > 0) yield skipped.shift()!;
}

function jsonRow(line: number, raw: string, value: unknown): TableRow | UnreadableRow {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { line, raw, reason: 'not a JSON object' };
  return {
    line,
    raw,
    get: (column) => {
      let at: unknown = value;
      for (const part of column.split('.')) {
        if (at === null || typeof at !== 'object' || Array.isArray(at)) return undefined;
        if (!(part in (at as object))) return undefined;
        at = (at as Record<string, unknown>)[part];
      }
      return at;
    },
  };
}

async function* jsonLines(stream: Readable): AsyncGenerator<TableRow | UnreadableRow> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
      const raw = number === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (raw.trim() === '') continue;
      try {
        yield jsonRow(number, raw, JSON.parse(raw));
      } catch (error) {
        yield { line: number, raw, reason: `not valid JSON (${(error as Error).message})` };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** The header of a delimited file and its delimiter; null header when the file is empty. */
export async function readHeader(
  path: string,
  format: FormatSpec | undefined,
): Promise<{ header: string[] | null; delimiter: string; firstLine: string | null }> {
  const encoding = format?.encoding ?? 'utf-8';
  const line = await firstTextLine(path, encoding);
  if (line === null) return { header: null, delimiter: format?.delimiter ?? ',', firstLine: null };
  const delimiter = format?.delimiter ?? sniffDelimiter(line);
  const { parse: parseSync } = await import('csv-parse/sync');
  let header: string[];
  try {
    header =
      (parseSync(line, { delimiter, quote: format?.quote ?? '"', relax_quotes: true, bom: true }) as string[][])[0] ??
      [];
  } catch {
    header = line.split(delimiter);
  }
  return { header: header.map((h) => h.trim()), delimiter, firstLine: line };
}

/** The first JSON object of a JSON lines file, to check its fields before anything is written; null when empty. */
export async function readFirstJson(
  path: string,
  format: FormatSpec | undefined,
): Promise<TableRow | UnreadableRow | null> {
  const line = await firstTextLine(path, format?.encoding ?? 'utf-8');
  if (line === null) return null;
  try {
    return jsonRow(1, line, JSON.parse(line));
  } catch (error) {
    return { line: 1, raw: line, reason: `not valid JSON (${(error as Error).message})` };
  }
}

/** Opens a table (CSV/TSV with a header, or JSON lines; plain, `.gz` or `.zip`) for streaming in constant memory. */
export async function openTable(path: string, format: FormatSpec | undefined): Promise<TableSource> {
  const encoding = format?.encoding ?? 'utf-8';
  if (isJsonLines(path, format)) {
    const bytes = await openBytes(path);
    return {
      header: null,
      totalBytes: bytes.totalBytes,
      bytesRead: bytes.bytesRead,
      rows: jsonLines(bytes.stream.pipe(decoder(encoding))),
    };
  }
  const { header, delimiter } = await readHeader(path, format);
  const bytes = await openBytes(path);
  const text = bytes.stream.pipe(decoder(encoding));
  const rows = header ? csvRows(text, { delimiter, quote: format?.quote ?? '"' }, header) : (async function* () {})();
  return { header, totalBytes: bytes.totalBytes, bytesRead: bytes.bytesRead, rows };
}
