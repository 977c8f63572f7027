export { IngestModule } from './ingest.module';
export { DatasetLoader, type LoadOptions, type LoadResult } from './loader/dataset-loader';
export { DatasetWriter, type WriteOptions } from './writer/dataset-writer';
export { emptySummary, summaryRows, type LoadSummary, type SectionSummary } from './writer/load-summary';
