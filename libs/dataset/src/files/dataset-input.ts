import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** A dataset to read: a file, or text held in memory (content sent to the API). */
export interface DatasetInput {
  /** How every message names it: the path as given, or a name such as `content`. */
  readonly name: string;
  /** The `dataset` name its records get unless it names one. */
  readonly dataset: string;
  /** JSON (read with `JSON.parse` first) rather than YAML. */
  readonly json: boolean;
  /** Its size in bytes. */
  size(): number;
  /** Changes when its content changes: an input read again must be the input that was validated. */
  stamp(): string;
  /** Its text (a file is read again at each call). */
  text(): string;
}

/** The `dataset` name of a file's records unless it names one: its name without the extension. */
export function datasetNameOf(path: string): string {
  return basename(path, extname(path));
}

/** A dataset file; its size and modification time are its stamp. */
export function fileInput(path: string): DatasetInput {
  return {
    name: path,
    dataset: datasetNameOf(path),
    json: extname(path).toLowerCase() === '.json',
    size: () => statSync(path).size,
    stamp: () => {
      const { size, mtimeMs } = statSync(path);
      return `${size}:${mtimeMs}`;
    },
    text: () => readFileSync(path, 'utf8'),
  };
}

/** Text held in memory, named `name` in every message (e.g. `content:12:7 actors[0].kind: …`). */
export function textInput(name: string, text: string, options: { json: boolean; dataset: string }): DatasetInput {
  const bytes = Buffer.byteLength(text);
  return {
    name,
    dataset: options.dataset,
    json: options.json,
    size: () => bytes,
    stamp: () => 'held',
    text: () => text,
  };
}
