export { TableImporter, checkTableFile, type TableMappingChoice } from './table-importer';
export { parseMapping, presetPath, PRESETS, type PresetName } from './parse-mapping';
export type { TableMapping, InteractionsMapping, ActorsMapping } from './table-mapping';
export { TableActorWriter } from './table-actor-writer';
