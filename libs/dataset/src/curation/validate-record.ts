import { foldName, idProblem, type IdPrefix } from '@actorgraph/graph';
import { readDatasetFile } from '../files/dataset-file';
import type { ActorDoc, InteractionDoc, RelationDoc } from '../format/dataset-document';
import { normalizeActors } from '../normalize/normalize-actors';
import { normalizeInteractions } from '../normalize/normalize-interactions';
import { normalizeRelations } from '../normalize/normalize-relations';
import type { ActorRecord, InteractionRecord, RelationRecord } from '../normalize/records';
import { ReferenceIndex } from '../validation/reference-index';
import { schemaIssues } from '../validation/schema-issues';
import { addKnownSourceTexts, type KnownRecord } from '../validation/validate-datasets';
import { ValidationContext } from '../validation/validation-context';
import { compareIssues, type ValidationIssue } from '../validation/validation-issue';

/** One record a curator writes, in the dataset format (kinds lower-case), section by section. */
export type RecordInput =
  | { section: 'actors'; doc: ActorDoc }
  | { section: 'relations'; doc: RelationDoc }
  | { section: 'interactions'; doc: InteractionDoc };

/** A problem with one field of the record: `path` is relative to it (`aliases[1]`, `date`, `` for all of it). */
export interface RecordIssue {
  readonly path: string;
  readonly message: string;
}

export type RecordValidation =
  | { ok: true; record: ActorRecord | RelationRecord | InteractionRecord }
  /** `unresolved`: references nothing known names, for the caller to look up and validate again. */
  | { ok: false; issues: RecordIssue[]; unresolved: string[] };

/** Half of a UTF-16 pair on its own (with the u flag, whole pairs do not match): not valid Unicode. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const ACTOR_PREFIX: Record<ActorDoc['kind'], IdPrefix> = { person: 'person', state: 'state', organization: 'org' };

/**
 * The dataset loader's rules applied to one record, as if it were the only record of a file:
 * the JSON Schema, id form, names not claimed by another actor, references, dates and evidence (a quote must occur in
 * the stored text of its source, when `known` gives one).
 * One rule more than a file: an actor's names must hold a letter or digit (else no reference finds them).
 * `known` are the records already stored that it references (and that claim its names).
 */
export function validateRecord(input: RecordInput, dataset: string, known: readonly KnownRecord[]): RecordValidation {
  const { section, doc } = input;
  const { file } = readDatasetFile(`<${section}>`, JSON.stringify({ version: 1, dataset, [section]: [doc] }));
  const prefix = `${section}[0]`;
  const relative = (issues: ValidationIssue[]): RecordIssue[] =>
    [...issues].sort(compareIssues).map((issue) => ({
      path: issue.path === prefix ? '' : issue.path.slice(prefix.length).replace(/^\./, ''),
      message: issue.message,
    }));
  const shape = schemaIssues(file);
  if (shape.length > 0) return { ok: false, issues: relative(shape), unresolved: [] };

  const issues: ValidationIssue[] = [];
  const index = new ReferenceIndex();
  const ownId = section === 'relations' ? undefined : doc.id;
  for (const record of known) if (record.id !== ownId) index.add(record, [...record.names]);
  if (section === 'actors') {
    const problem = idProblem(doc.id, [ACTOR_PREFIX[doc.kind]]);
    if (problem) issues.push(file.issue([section, 0, 'id'], problem));
    const names = [doc.name, ...(doc.aliases ?? [])];
    names.forEach((name, j) => {
      const other = index.claimant(name, 'actor');
      const path = j === 0 ? [section, 0, 'name'] : [section, 0, 'aliases', j - 1];
      // Stricter than a dataset file: a name nothing can match (no letter or digit) or that is not valid Unicode.
      if (LONE_SURROGATE.test(name) || foldName(name) === '')
        issues.push(file.issue(path, `"${name}" is not a name: it needs a letter or digit, in valid Unicode`));
      if (other)
        issues.push(file.issue(path, `"${name}" already names ${other.id}: a name or alias must point at one record`));
    });
    index.add({ id: doc.id, type: 'actor', kind: doc.kind }, names);
  } else if (section === 'interactions') {
    const problem = idProblem(doc.id, ['interaction']);
    if (problem) issues.push(file.issue([section, 0, 'id'], problem));
  }

  // A quote attributed to a source whose text is stored must occur in it, as in a loaded file.
  const texts = new Map<string, string>();
  addKnownSourceTexts(known, texts);
  const context = new ValidationContext(index, texts);
  const records =
    section === 'actors'
      ? normalizeActors(file, [doc], context, dataset)
      : section === 'relations'
        ? normalizeRelations(file, [doc], context, dataset)
        : normalizeInteractions(file, [doc], context, dataset);
  const all = [...issues, ...context.issues];
  const record = records[0];
  if (all.length > 0 || !record) return { ok: false, issues: relative(all), unresolved: [...context.unresolved] };
  return { ok: true, record };
}
