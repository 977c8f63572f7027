export * from './export-graph';
export { ExportModule } from './export.module';
export {
  describeSelection,
  EXPORT_ID_CAP,
  ExportRequestError,
  isWholeGraph,
  LINK_MODES,
  MAX_EXPORT_AROUND_NODES,
  MAX_EXPORT_HOPS,
  parseExportSelection,
  type ExportSelection,
  type ExportWhere,
  type LinkMode,
  type RawQuery,
} from './source/export-selection';
export { ExportService, EXPORT_TIMEOUT_FACTOR, type PreparedExport } from './source/export.service';
export { csvField, type CsvPart } from './writers/csv-writer';
export { mergeSpells } from './writers/spells';
export { exportFile, writeExport, type WriteOptions } from './writers/write-export';
