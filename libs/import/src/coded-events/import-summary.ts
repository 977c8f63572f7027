import type { EventDataset } from './import-records';

/** What importing one events file did. */
export interface FileImportSummary {
  file: string;
  /** `gdelt2`, `gdelt1`, `gdelt1-url` or `icews`. */
  format: string;
  rows: number;
  imported: number;
  unchanged: number;
  rejected: number;
  /** Where the rejected rows were written, or null when none were. */
  rejectsFile: string | null;
  seconds: number;
}

/** What importing a GDELT Mentions file did. */
export interface MentionsImportSummary {
  file: string;
  rows: number;
  /** Evidence edges created. */
  linked: number;
  /** Mentions whose evidence edge was already there (a re-import, or the event's own SOURCEURL). */
  present: number;
  /** Mentions of events not in the graph (not in the imported exports). */
  unmatched: number;
  rejected: number;
  rejectsFile: string | null;
  seconds: number;
}

export interface ImportSummary {
  dataset: EventDataset;
  files: FileImportSummary[];
  mentions: MentionsImportSummary | null;
  totals: { rows: number; imported: number; unchanged: number; rejected: number; seconds: number };
}

export function importTotals(files: readonly FileImportSummary[]): ImportSummary['totals'] {
  const sum = (pick: (f: FileImportSummary) => number) => files.reduce((n, f) => n + pick(f), 0);
  return {
    rows: sum((f) => f.rows),
    imported: sum((f) => f.imported),
    unchanged: sum((f) => f.unchanged),
    rejected: sum((f) => f.rejected),
    seconds: sum((f) => f.seconds),
  };
}
