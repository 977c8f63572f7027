/** What curation/existing-record (and existing-relation) say is stored under an id. */
export interface ExistingRecord {
  exists: boolean;
  hash: string | null;
  dataset: string | null;
  /** For the old id of a merged actor: the actor it was merged into. */
  mergedInto?: string | null;
}
