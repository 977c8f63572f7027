import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputFileError } from '@actorgraph/dataset';

/** One physical line of an input file (1-based), without its line break. */
export interface InputLine {
  text: string;
  lineNumber: number;
  /** Bytes read so far (of the uncompressed text for a `.zip`), for progress. */
  bytesRead: number;
}

/** An input file opened for streaming: its size and its lines, read lazily. */
export interface LineSource {
  totalBytes: number;
  lines: AsyncIterable<InputLine>;
}

export function openZipEntry(path: string): Promise<{ stream: Readable; size: number }> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError || !zip)
        return reject(new InputFileError(`${path}: not a readable zip file (${String(openError)})`));
      zip.on('error', reject);
      zip.on('end', () => reject(new InputFileError(`${path}: the zip file holds no file`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`${path}: cannot read ${entry.fileName}`));
          resolve({ stream, size: entry.uncompressedSize });
        });
      });
      zip.readEntry();
    });
  });
}

async function* linesOf(stream: Readable): AsyncGenerator<InputLine> {
  let bytesRead = 0;
  stream.on('data', (chunk: Buffer) => {
    bytesRead += chunk.length;
  });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of reader) {
      lineNumber += 1;
      yield { text: lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, lineNumber, bytesRead };
    }
  } finally {
    reader.close();
    stream.destroy();
  }
}

/** The size of a regular file; an {@link InputFileError} naming the file when it cannot be read. */
export function fileSize(path: string): number {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new Error('not a file');
    return stats.size;
  } catch (error) {
    throw new InputFileError(`${path}: cannot read the file (${(error as Error).message})`);
  }
}

/**
 * Opens a text file, or the first file in a `.zip`, for reading line by line in constant memory.
 * Fails with an {@link InputFileError} naming the file when it cannot be read.
 */
export async function openLines(path: string): Promise<LineSource> {
  const size = fileSize(path);
  if (path.toLowerCase().endsWith('.zip')) {
    const { stream, size: uncompressed } = await openZipEntry(path);
    return { totalBytes: uncompressed, lines: linesOf(stream) };
  }
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', () => resolve());
    stream.once('error', (error) => reject(new InputFileError(`${path}: cannot read the file (${error.message})`)));
  });
  return { totalBytes: size, lines: linesOf(stream) };
}

/** The first non-empty line of a file, to tell its format before anything is written; null when empty. */
export async function firstLine(path: string): Promise<string | null> {
  const source = await openLines(path);
  for await (const line of source.lines) {
    if (line.text.trim() !== '') return line.text;
  }
  return null;
}
