import { readDatasetFile } from '../files/dataset-file';
import { datasetNameOf } from '../files/dataset-input';
import { DATASET_SECTIONS } from '../format/dataset-document';
import { distinctRelations, normalizeInput } from '../normalize/normalize-input';
import type { NormalizedDataset } from '../normalize/records';
import { DatasetDefinitions } from './dataset-definitions';
import { parseInput, readSourceTexts, type ParsedInput } from './parsed-input';
import type { IndexedRecord } from './reference-index';
import { ValidationContext } from './validation-context';
import { compareIssues, type ValidationIssue } from './validation-issue';

/** A record already in the database, so an input may reference it without defining it. */
export interface KnownRecord extends IndexedRecord {
  readonly names: readonly string[];
  /** For a source: its normalized full text when the database stores one, against which quotes are checked. */
  readonly text?: string | null;
}

/** Adds the stored text of each known source the inputs do not give a text for themselves. */
export function addKnownSourceTexts(known: readonly KnownRecord[], texts: Map<string, string>): void {
  for (const record of known)
    if (record.type === 'source' && record.text && !texts.has(record.id)) texts.set(record.id, record.text);
}

export interface ValidationResult {
  /** Every error found; the data may be written only when this is empty. */
  readonly issues: ValidationIssue[];
  /** Things worth knowing that do not stop a load (a source text that could not be read). */
  readonly warnings: ValidationIssue[];
  readonly dataset: NormalizedDataset;
  /** References no input defines, for the caller to look up in the database and validate again. */
  readonly unresolved: string[];
}

/**
 * Validates dataset files together (they may reference each other) and returns
 * every problem at once, with file, line and column, plus the normalized data.
 */
export function validateDatasets(paths: readonly string[], known: readonly KnownRecord[] = []): ValidationResult {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const inputs: ParsedInput[] = [];
  for (const path of paths) {
    const parsed = parseInput(datasetNameOf(path), readDatasetFile(path));
    issues.push(...parsed.issues);
    if (parsed.input) inputs.push(parsed.input);
  }
  const definitions = new DatasetDefinitions((n) => (inputs[n] as ParsedInput).file);
  inputs.forEach((input, n) => definitions.define(n, input));
  definitions.addKnown(known);
  issues.push(...definitions.issues);
  const texts = new Map<string, string>();
  for (const input of inputs) readSourceTexts(input, texts, warnings);
  addKnownSourceTexts(known, texts);

  const context = new ValidationContext(definitions.index, texts);
  const dataset: NormalizedDataset = { sources: [], actors: [], places: [], relations: [], interactions: [] };
  for (const input of inputs) {
    const records = normalizeInput(input, context);
    for (const section of DATASET_SECTIONS)
      for (const record of records[section]) (dataset[section] as object[]).push(record);
  }
  dataset.relations = distinctRelations(dataset.relations);
  const all = [...issues, ...context.issues].sort(compareIssues);
  return { issues: all, warnings, dataset, unresolved: [...context.unresolved] };
}
