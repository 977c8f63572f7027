export { EventImporter, type ImportOptions, type ImportProgress } from './event-importer';
export { ImportWriter } from './import-writer';
export type { FileImportSummary, ImportSummary, MentionsImportSummary } from './import-summary';
export { CodedActorNamer } from './coded-actor-namer';
export { cameoActor, type CameoActorFields, type CameoActorScope } from './cameo-actor';
