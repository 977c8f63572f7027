export { IngestModule } from './ingest.module';
export { DatasetLoader, type LoadOptions, type LoadResult } from './loader/dataset-loader';
export { DatasetWriter, type WriteOptions } from './writer/dataset-writer';
export {
  INTERACTION_KIND_LABELS,
  interactionUpsertRow,
  UPSERT_INTERACTIONS,
  UPSERT_RELATIONS,
  type InteractionUpsertRow,
} from './writer/interaction-upsert';
export { rowsOf, type WriteRow } from './writer/write-rows';
export { emptySummary, summaryRows, type LoadSummary, type SectionSummary } from './writer/load-summary';
