import {
  compareIssues,
  DATASET_SECTIONS,
  DatasetDefinitions,
  type DatasetInput,
  distinctRelations,
  ignoredSourceFiles,
  InputFileError,
  interactionWindows,
  normalizeInput,
  parseInput,
  readInputFile,
  readSourceTexts,
  ValidationContext,
  type DatasetSection,
  type KnownRecord,
  type NormalizedDataset,
  type ParsedInput,
  type ValidationIssue,
} from '@actorgraph/dataset';

/** Inputs up to this size are parsed once and held; larger ones are read again for each pass. */
export const HELD_INPUT_BYTES = 16 * 1024 * 1024;

/** Interactions normalized (and written) at a time when inputs are streamed. */
const WINDOW = 5000;

/** What validating every input found, before anything is written. */
export interface CheckedInputs {
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  /** Every normalized record but the interactions, unless `interactionsHeld`: those come from {@link interactions}. */
  records: NormalizedDataset;
  interactionsHeld: boolean;
  /** Records per section. */
  totals: Record<DatasetSection, number>;
  /** Reads the inputs again, one at a time, and yields each one's normalized interactions. */
  interactions(): Generator<NormalizedDataset['interactions']>;
}

/**
 * Validates inputs without holding more than one large file at a time. Pass 1 reads every file for
 * syntax, schema and the ids, names and aliases it defines; pass 2 reads them again to resolve
 * references and normalize, keeping everything but interactions (small: the reference records).
 * References nothing defines are looked up in the database (`lookUp`) and pass 2 runs again, as
 * {@link validateDatasets} does.
 */
export async function checkInputs(
  files: readonly DatasetInput[],
  lookUp: (references: string[]) => Promise<KnownRecord[]>,
  streamAboveBytes = HELD_INPUT_BYTES,
  ignoreSourceFiles = false,
): Promise<CheckedInputs> {
  const stamps = files.map((file) => file.stamp());
  const hold = files.reduce((bytes, file) => bytes + file.size(), 0) <= streamAboveBytes;
  const held: (ParsedInput | null)[] = [];
  const read = (n: number) => {
    const file = files[n] as DatasetInput;
    if (held[n]) return held[n];
    if (file.stamp() !== stamps[n]) throw new InputFileError(`${file.name} changed during the load; run it again`);
    return parseInput(file.dataset, readInputFile(file)).input;
  };
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const texts = new Map<string, string>();
  const definitions = new DatasetDefinitions((n) => (read(n) as ParsedInput).file);
  files.forEach((file, n) => {
    const parsed = parseInput(file.dataset, readInputFile(file));
    issues.push(...parsed.issues);
    if (!parsed.input) return;
    definitions.define(n, parsed.input);
    if (ignoreSourceFiles) warnings.push(...ignoredSourceFiles(parsed.input));
    else readSourceTexts(parsed.input, texts, warnings);
    if (hold) held[n] = parsed.input;
  });
  issues.push(...definitions.issues);

  const normalizeAll = () => {
    const context = new ValidationContext(definitions.index, texts);
    const records: NormalizedDataset = { sources: [], actors: [], places: [], relations: [], interactions: [] };
    let interactions = 0;
    files.forEach((_, n) => {
      const input = read(n);
      if (!input) return;
      const normalized = normalizeInput(input, context, hold);
      for (const section of DATASET_SECTIONS)
        for (const record of normalized[section]) (records[section] as object[]).push(record);
      if (hold) interactions += normalized.interactions.length;
      else for (const window of interactionWindows(input, context, WINDOW)) interactions += window.length;
    });
    records.relations = distinctRelations(records.relations);
    return { context, records, interactions };
  };
  let pass = normalizeAll();
  if (pass.context.unresolved.size > 0) {
    const known = await lookUp([...pass.context.unresolved]);
    if (known.length > 0) {
      definitions.addKnown(known);
      pass = normalizeAll();
    }
  }
  const { context, records } = pass;
  const totals = Object.fromEntries(DATASET_SECTIONS.map((s) => [s, records[s].length])) as Record<
    DatasetSection,
    number
  >;
  totals.interactions = pass.interactions;
  function* interactions(): Generator<NormalizedDataset['interactions']> {
    for (let n = 0; n < files.length; n += 1) {
      const input = read(n);
      if (input) yield* interactionWindows(input, context, WINDOW);
    }
  }
  return {
    issues: [...issues, ...context.issues].sort(compareIssues),
    warnings,
    records,
    interactionsHeld: hold,
    totals,
    interactions,
  };
}
