import { registerEnumType } from '@nestjs/graphql';

/** Which mutation made a change; the value is the mutation's name in capitals. */
export enum ChangeOperation {
  UPSERT_ACTOR = 'UPSERT_ACTOR',
  ADD_ALIAS = 'ADD_ALIAS',
  RECORD_INTERACTION = 'RECORD_INTERACTION',
  UPSERT_RELATION = 'UPSERT_RELATION',
  MERGE_ACTORS = 'MERGE_ACTORS',
  DELETE_INTERACTION = 'DELETE_INTERACTION',
  LOAD_DATASET = 'LOAD_DATASET',
  CLI_LOAD = 'CLI_LOAD',
  IMPORT_GDELT = 'IMPORT_GDELT',
  IMPORT_ICEWS = 'IMPORT_ICEWS',
  IMPORT_TABLE = 'IMPORT_TABLE',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'Which write made a change: a mutation, a load or an import.',
  valuesMap: {
    UPSERT_ACTOR: { description: 'upsertActor: an actor created or updated.' },
    ADD_ALIAS: { description: 'addAlias: an alias added to an actor.' },
    RECORD_INTERACTION: { description: 'recordInteraction: an interaction created or updated, with its evidence.' },
    UPSERT_RELATION: { description: 'upsertRelation: a standing relation created or updated.' },
    MERGE_ACTORS: { description: 'mergeActors: one actor merged into another.' },
    DELETE_INTERACTION: { description: 'deleteInteraction: an interaction deleted.' },
    LOAD_DATASET: {
      description: 'loadDataset: a dataset loaded by an admin (targetIds: the records a batch created or updated).',
    },
    CLI_LOAD: { description: 'cli load: one batch of a dataset loaded from the command line.' },
    IMPORT_GDELT: { description: 'cli import gdelt: one batch of GDELT events.' },
    IMPORT_ICEWS: { description: 'cli import icews: one batch of ICEWS events.' },
    IMPORT_TABLE: { description: 'cli import table: one batch of events read through a mapping.' },
  },
});
