import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const DATASET_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Thrown when an input path does not exist or holds no dataset file. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return DATASET_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
    });
}

/** Files and folders (searched recursively for .yaml, .yml and .json) to the dataset files they hold. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files = inputs.flatMap((input) => {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new InputFileError(`${input}: no such file or folder`);
    }
    if (!stats.isDirectory()) return [input];
    const found = walk(input);
    if (found.length === 0) throw new InputFileError(`${input}: folder holds no .yaml, .yml or .json dataset`);
    return found;
  });
  return [...new Set(files)];
}
