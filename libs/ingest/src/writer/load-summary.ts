import { DATASET_SECTIONS, type DatasetSection } from '@actorgraph/dataset';

export interface SectionSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** What a load did (or, in a dry run, would do), per section. */
export interface LoadSummary {
  dryRun: boolean;
  sections: Record<DatasetSection, SectionSummary>;
  /** A few ids created or updated per section, so a dry run shows what would change. */
  changedIds: Record<DatasetSection, string[]>;
}

export function emptySummary(dryRun: boolean): LoadSummary {
  const per = <T>(make: () => T) =>
    Object.fromEntries(DATASET_SECTIONS.map((s) => [s, make()])) as Record<DatasetSection, T>;
  return { dryRun, sections: per(() => ({ created: 0, updated: 0, unchanged: 0 })), changedIds: per(() => []) };
}

/** Rows for a table: section, created, updated, unchanged. */
export function summaryRows(summary: LoadSummary): [string, number, number, number][] {
  return DATASET_SECTIONS.map((s) => [
    s,
    summary.sections[s].created,
    summary.sections[s].updated,
    summary.sections[s].unchanged,
  ]);
}
