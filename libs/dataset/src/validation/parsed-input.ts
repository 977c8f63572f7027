import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DatasetFile } from '../files/dataset-file';
import { DATASET_SECTIONS, type DatasetDocument } from '../format/dataset-document';
import { normalizeForQuote } from './quote-matcher';
import { schemaIssues } from './schema-issues';
import { formatPath, type ValidationIssue } from './validation-issue';

/** One input file, parsed and checked against the schema: the records the schema rejected are null. */
export interface ParsedInput {
  file: DatasetFile;
  doc: DatasetDocument;
  /** The `dataset` name kept on every record (the file's name when the file gives none). */
  dataset: string;
}

/** Index of the record each issue path falls in (`interactions[3].date` → `interactions[3]`), or the section. */
function rejected(issues: readonly ValidationIssue[]): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) paths.add(/^[a-z]+(\[\d+\])?/.exec(issue.path)?.[0] ?? issue.path);
  return paths;
}

/**
 * Blanks out (with null) the records the schema rejected, so the semantic checks
 * see well-formed records only while every record keeps its index for messages.
 */
function wellFormed(file: DatasetFile, issues: readonly ValidationIssue[]): DatasetDocument {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const bad = rejected(issues);
  const doc: Record<string, unknown> = { version: 1 };
  for (const section of DATASET_SECTIONS) {
    const items = data[section];
    if (!Array.isArray(items) || bad.has(section)) continue;
    doc[section] = bad.size === 0 ? items : items.map((item, i) => (bad.has(formatPath([section, i])) ? null : item));
  }
  return doc as unknown as DatasetDocument;
}

/**
 * Syntax and schema issues of a read input, and its well-formed records (null input when unparsable).
 * `defaultDataset` names its records' dataset unless the input names one.
 */
export function parseInput(
  defaultDataset: string,
  read: { file: DatasetFile; issues: ValidationIssue[] },
): { input: ParsedInput | null; issues: ValidationIssue[] } {
  const { file, issues } = read;
  if (file.data === null) return { input: null, issues };
  const shape = schemaIssues(file);
  const named = (file.data as { dataset?: unknown }).dataset;
  const dataset = typeof named === 'string' ? named : defaultDataset;
  return { input: { file, doc: wellFormed(file, shape), dataset }, issues: [...issues, ...shape] };
}

/**
 * Adds the normalized full text of each of an input's sources that gives one: inline (`text`) or in a readable
 * `textFile`. With `readFiles` false (content uploaded to the API) a `textFile` is not read, as it would name a file
 * on the server: a warning says so. Returns the ids of the sources the input defines without a text, whose stored
 * text (if any) the caller may look up.
 */
export function readSourceTexts(
  input: ParsedInput,
  texts: Map<string, string>,
  warnings: ValidationIssue[],
  readFiles = true,
): string[] {
  const { file, doc } = input;
  const without: string[] = [];
  (doc.sources ?? []).forEach((source, i) => {
    if (!source) return;
    if (source.text !== undefined) {
      texts.set(source.id, normalizeForQuote(source.text));
      return;
    }
    without.push(source.id);
    if (!source.textFile) return;
    if (!readFiles) {
      warnings.push(
        file.issue(
          ['sources', i, 'textFile'],
          `is ignored in uploaded content (the server does not read its own files for an upload): quotes of ${source.id} are not checked`,
        ),
      );
      return;
    }
    const path = resolve(dirname(file.file), source.textFile);
    try {
      texts.set(source.id, normalizeForQuote(readFileSync(path, 'utf8')));
      without.pop();
    } catch {
      warnings.push(
        file.issue(
          ['sources', i, 'textFile'],
          `source text ${path} is not readable: quotes of ${source.id} are not checked`,
        ),
      );
    }
  });
  return without;
}
