// The dataset format and everything that checks it, without Neo4j: reading files, validation,
// normalization into records, and the checks curation mutations share with the loader.
export * from './format/dataset-document';
export { readDatasetFile, type DatasetFile } from './files/dataset-file';
export { readInputFile } from './files/read-input-file';
export { fileInput, textInput, type DatasetInput } from './files/dataset-input';
export { expandInputs, InputFileError } from './files/input-files';
export * from './normalize/records';
export { contentHash } from './normalize/content-hash';
export { distinctRelations, interactionWindows, normalizeInput } from './normalize/normalize-input';
export { normalizeForQuote, quoteOccursIn, sourceTextDigest } from './validation/quote-matcher';
export {
  addKnownSourceTexts,
  validateDatasets,
  type KnownRecord,
  type ValidationResult,
} from './validation/validate-datasets';
export { compareIssues, formatIssue, formatPath, type ValidationIssue } from './validation/validation-issue';
export type { RecordType } from './validation/reference-index';
export { DatasetDefinitions } from './validation/dataset-definitions';
export { parseInput, readSourceTexts, type ParsedInput } from './validation/parsed-input';
export { ValidationContext } from './validation/validation-context';
export { actorDoc, withAliases, withEvidence, type StoredActor } from './curation/actor-doc';
export { recordReferences, replaceReferences, type RecordReference } from './curation/record-references';
export { validateRecord, type RecordInput, type RecordIssue, type RecordValidation } from './curation/validate-record';
