/** What a curation write did to its record. */
export enum WriteStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  /** The record was already stored exactly so: nothing written, no change logged. */
  UNCHANGED = 'UNCHANGED',
}

/** CREATED, UPDATED or UNCHANGED, from the stored content hash (null when absent) and the new one. */
export function writeStatus(exists: boolean, storedHash: string | null, hash: string): WriteStatus {
  if (!exists) return WriteStatus.CREATED;
  return storedHash === hash ? WriteStatus.UNCHANGED : WriteStatus.UPDATED;
}
