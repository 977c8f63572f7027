/**
 * One committed write, as the change log keeps it. `seq` orders the log in commit order: it is taken from the
 * sequence node under its write lock, in the write's own transaction, so a later seq always committed later.
 */
export interface ChangeRecord {
  id: string;
  seq: number;
  /** ISO 8601 instant (UTC). */
  at: string;
  by: string;
  byName: string | null;
  operation: string;
  /** Every id this transaction wrote (a bulk load's batch: the ids of that batch). */
  targetIds: string[];
  targetCount: number;
  input: string;
  /** A bulk load or import: the id every batch of it shares (`load:<uuid>`); null for a single write. */
  loadId: string | null;
  /** A bulk load's batch number, from 1; null for a single write. */
  part: number | null;
}

/** Who made a write: an API key (id and name), or the CLI (`cli:<user>`), or "anonymous". */
export interface ChangeAuthor {
  readonly by: string;
  readonly byName: string | null;
}

/** What a write records in the change log. */
export interface ChangeEntry {
  readonly operation: string;
  readonly author: ChangeAuthor;
  /** Every id written. */
  readonly targetIds: readonly string[];
  /** The write's arguments; stored as JSON. */
  readonly input: unknown;
}

/** Operations of the write paths outside the curation mutations (the API's ChangeOperation enum lists them all). */
export const BULK_OPERATIONS = {
  LOAD_DATASET: 'LOAD_DATASET',
  CLI_LOAD: 'CLI_LOAD',
  IMPORT_GDELT: 'IMPORT_GDELT',
  IMPORT_ICEWS: 'IMPORT_ICEWS',
  IMPORT_TABLE: 'IMPORT_TABLE',
} as const;
