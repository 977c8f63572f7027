import { idProblem, type IdPrefix } from '@actorgraph/graph';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { readDatasetFile, type DatasetFile } from '../dataset/dataset-file';
import { DATASET_SECTIONS, type DatasetDocument, type DatasetSection } from '../dataset/dataset-document';
import { normalizeActors } from '../normalize/normalize-actors';
import { normalizeInteractions } from '../normalize/normalize-interactions';
import { normalizePlaces } from '../normalize/normalize-places';
import { normalizeRelations } from '../normalize/normalize-relations';
import { normalizeSources } from '../normalize/normalize-sources';
import type { NormalizedDataset } from '../normalize/records';
import { normalizeForQuote } from './quote-matcher';
import { ReferenceIndex, type IndexedRecord } from './reference-index';
import { schemaIssues } from './schema-issues';
import { ValidationContext } from './validation-context';
import { compareIssues, formatPath, type ValidationIssue } from './validation-issue';

/** A record already in the database, so an input may reference it without defining it. */
export interface KnownRecord extends IndexedRecord {
  readonly names: readonly string[];
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

const ID_PREFIXES: Record<Exclude<DatasetSection, 'relations'>, (doc: { kind?: string }) => IdPrefix[]> = {
  sources: () => ['source'],
  actors: (doc) => [doc.kind === 'person' ? 'person' : doc.kind === 'state' ? 'state' : 'org'],
  places: () => ['place'],
  interactions: () => ['interaction'],
};

interface ParsedInput {
  file: DatasetFile;
  doc: DatasetDocument;
  dataset: string;
}

/**
 * Blanks out (with null) the records the schema rejected, so the semantic checks
 * see well-formed records only while every record keeps its index for messages.
 */
function wellFormed(file: DatasetFile, issues: ValidationIssue[]): DatasetDocument {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const doc: Record<string, unknown> = { version: 1 };
  for (const section of DATASET_SECTIONS) {
    const items = data[section];
    if (!Array.isArray(items) || issues.some((issue) => issue.path === section)) continue;
    doc[section] = items.map((item, i) => {
      const prefix = formatPath([section, i]);
      return issues.some((issue) => issue.path === prefix || issue.path.startsWith(`${prefix}.`)) ? null : item;
    });
  }
  return doc as unknown as DatasetDocument;
}

function readSourceTexts(inputs: ParsedInput[], warnings: ValidationIssue[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file, doc } of inputs) {
    (doc.sources ?? []).forEach((source, i) => {
      if (!source?.textFile) return;
      const path = resolve(dirname(file.file), source.textFile);
      try {
        texts.set(source.id, normalizeForQuote(readFileSync(path, 'utf8')));
      } catch {
        warnings.push(
          file.issue(
            ['sources', i, 'textFile'],
            `source text ${path} is not readable: quotes of ${source.id} are not checked`,
          ),
        );
      }
    });
  }
  return texts;
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
    const { file, issues: syntax } = readDatasetFile(path);
    issues.push(...syntax);
    if (file.data === null) continue;
    const shape = schemaIssues(file);
    issues.push(...shape);
    const doc = wellFormed(file, shape);
    const named = (file.data as { dataset?: unknown }).dataset;
    inputs.push({ file, doc, dataset: typeof named === 'string' ? named : basename(path, extname(path)) });
  }

  const index = new ReferenceIndex();
  const definedAt = new Map<string, string>();
  const define = (
    file: DatasetFile,
    section: DatasetSection,
    i: number,
    id: string,
    record?: IndexedRecord,
    names: string[] = [],
  ) => {
    const where = file.locate([section, i, 'id']);
    const previous = definedAt.get(id);
    if (previous) {
      issues.push(file.issue([section, i, 'id'], `duplicate id "${id}": already defined at ${previous}`));
      return;
    }
    definedAt.set(id, `${file.file}:${where.line}:${where.column}`);
    if (!record) return;
    names.forEach((name, j) => {
      const other = index.claimant(name, record.type);
      if (other && other.id !== id) {
        const path = j === 0 ? [section, i, 'name'] : [section, i, 'aliases', j - 1];
        issues.push(file.issue(path, `"${name}" already names ${other.id}: a name or alias must point at one record`));
      }
    });
    index.add(record, names);
  };
  for (const { file, doc } of inputs) {
    for (const section of ['sources', 'actors', 'places', 'interactions'] as const) {
      (doc[section] ?? []).forEach((item, i) => {
        if (!item) return;
        const problem = idProblem(item.id, ID_PREFIXES[section](item as { kind?: string }));
        if (problem) issues.push(file.issue([section, i, 'id'], problem));
      });
    }
    doc.sources?.forEach((s, i) => s && define(file, 'sources', i, s.id, { id: s.id, type: 'source', kind: 'source' }));
    doc.actors?.forEach(
      (a, i) =>
        a && define(file, 'actors', i, a.id, { id: a.id, type: 'actor', kind: a.kind }, [a.name, ...(a.aliases ?? [])]),
    );
    doc.places?.forEach(
      (p, i) =>
        p && define(file, 'places', i, p.id, { id: p.id, type: 'place', kind: p.kind }, [p.name, ...(p.aliases ?? [])]),
    );
    doc.interactions?.forEach((x, i) => x && define(file, 'interactions', i, x.id));
  }
  for (const record of known) if (!index.has(record.id)) index.add(record, [...record.names]);

  const context = new ValidationContext(index, readSourceTexts(inputs, warnings));
  const dataset: NormalizedDataset = { sources: [], actors: [], places: [], relations: [], interactions: [] };
  for (const { file, doc, dataset: name } of inputs) {
    dataset.sources.push(...normalizeSources(file, doc.sources ?? [], context, name));
    dataset.actors.push(...normalizeActors(file, doc.actors ?? [], context, name));
    const { places, locatedIn } = normalizePlaces(file, doc.places ?? [], context, name);
    dataset.places.push(...places);
    dataset.relations.push(...locatedIn, ...normalizeRelations(file, doc.relations ?? [], context, name));
    dataset.interactions.push(...normalizeInteractions(file, doc.interactions ?? [], context, name));
  }
  const relationIds = new Set<string>();
  dataset.relations = dataset.relations.filter((relation) => {
    if (relationIds.has(relation.id)) return false; // the same fact stated twice (e.g. a place's state and a located_in relation)
    relationIds.add(relation.id);
    return true;
  });
  const all = [...issues, ...context.issues].sort(compareIssues);
  return { issues: all, warnings, dataset, unresolved: [...context.unresolved] };
}
