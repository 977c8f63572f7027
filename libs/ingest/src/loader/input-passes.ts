import {
  addKnownSourceTexts,
  compareIssues,
  DATASET_SECTIONS,
  DatasetDefinitions,
  distinctRelations,
  interactionWindows,
  normalizeInput,
  readSourceTexts,
  ValidationContext,
  type DatasetInput,
  type DatasetSection,
  type KnownRecord,
  type NormalizedDataset,
  type ParsedInput,
  type RecordType,
  type ValidationIssue,
} from '@actorgraph/dataset';
import { InputReader, WINDOW } from './input-reader';

/** A record of the database holding a folded name or alias (cypher/queries/load/find-name-holders.cypher). */
export interface NameHolder {
  key: string;
  id: string;
  type: RecordType;
}

/** Inputs up to this size are parsed once and held; larger ones are read again for each pass. */
export const HELD_INPUT_BYTES = 16 * 1024 * 1024;

/** What validating every input found, before anything is written. */
export interface CheckedInputs {
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  /** Every normalized record but the interactions, unless `interactionsHeld`: those come from {@link interactions}. */
  records: NormalizedDataset;
  interactionsHeld: boolean;
  /** Each reference written as a name or alias, and the id it resolved to, in the order first met. */
  resolvedNames: ReadonlyMap<string, string>;
  /** Records per section. */
  totals: Record<DatasetSection, number>;
  /** Reads the inputs again, one at a time, and yields each one's normalized interactions. */
  interactions(): Generator<NormalizedDataset['interactions']>;
}

/** What pass 1 gathers: every definition, the source texts, and the syntax, schema and definition issues. */
interface Definitions {
  definitions: DatasetDefinitions;
  texts: Map<string, string>;
  /** Sources the inputs define without a text: their stored text, if any, checks their quotes all the same. */
  sourcesWithoutText: string[];
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** What pass 2 gives: the normalized records, their interactions counted, and the context holding their issues. */
interface Normalized {
  context: ValidationContext;
  records: NormalizedDataset;
  interactions: number;
}

/** Pass 1: reads every input for syntax, schema, the ids, names and aliases it defines, and its source texts. */
function defineAll(reader: InputReader, ignoreSourceFiles: boolean): Definitions {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const texts = new Map<string, string>();
  const sourcesWithoutText: string[] = [];
  const definitions = new DatasetDefinitions((n) => (reader.input(n) as ParsedInput).file);
  reader.files.forEach((_, n) => {
    const parsed = reader.parse(n);
    issues.push(...parsed.issues);
    if (!parsed.input) return;
    definitions.define(n, parsed.input);
    sourcesWithoutText.push(...readSourceTexts(parsed.input, texts, warnings, !ignoreSourceFiles));
  });
  issues.push(...definitions.issues);
  return { definitions, texts, sourcesWithoutText, issues, warnings };
}

/**
 * Pass 2: resolves references and normalizes every input, keeping every record but the interactions of
 * streamed inputs, which are only counted (a window at a time) and normalized again when written.
 */
function normalizeAll(reader: InputReader, { definitions, texts }: Definitions): Normalized {
  const context = new ValidationContext(definitions.index, texts);
  const records: NormalizedDataset = { sources: [], actors: [], places: [], relations: [], interactions: [] };
  let interactions = 0;
  reader.files.forEach((_, n) => {
    const input = reader.input(n);
    if (!input) return;
    const normalized = normalizeInput(input, context, reader.hold);
    for (const section of DATASET_SECTIONS)
      for (const record of normalized[section]) (records[section] as object[]).push(record);
    if (reader.hold) interactions += normalized.interactions.length;
    else for (const window of interactionWindows(input, context, WINDOW)) interactions += window.length;
  });
  records.relations = distinctRelations(records.relations);
  return { context, records, interactions };
}

/** Pass 2 again when references nothing defines name records the database holds (`lookUp`). */
async function resolveInDatabase(
  reader: InputReader,
  defined: Definitions,
  pass: Normalized,
  lookUp: (references: string[]) => Promise<KnownRecord[]>,
): Promise<Normalized> {
  if (pass.context.unresolved.size === 0) return pass;
  const known = await lookUp([...pass.context.unresolved]);
  if (known.length === 0) return pass;
  defined.definitions.addKnown(known);
  addKnownSourceTexts(known, defined.texts);
  return normalizeAll(reader, defined);
}

/** The looks-ups in the database that validating inputs needs. */
export interface DatabaseLookups {
  /** Records the inputs reference without defining them (and, for sources, their stored text). */
  references: (references: string[]) => Promise<KnownRecord[]>;
  /** The records holding folded names or aliases the inputs define. */
  nameHolders?: (keys: string[]) => Promise<NameHolder[]>;
  /** The stored texts of sources the inputs define without a text. */
  sourceTexts?: (ids: string[]) => Promise<{ id: string; text: string }[]>;
}

/** Records per section, interactions as counted by pass 2. */
function sectionTotals({ records, interactions }: Normalized): Record<DatasetSection, number> {
  const totals = Object.fromEntries(DATASET_SECTIONS.map((s) => [s, records[s].length]));
  return { ...totals, interactions } as Record<DatasetSection, number>;
}

/**
 * Validates inputs without holding more than one large file at a time. Pass 1 reads every file for
 * syntax, schema and the ids, names and aliases it defines; pass 2 reads them again to resolve
 * references and normalize, keeping everything but interactions (small: the reference records).
 * References nothing defines are looked up in the database (`lookUp`) and pass 2 runs again, as
 * {@link validateDatasets} does; the names and aliases the inputs define are looked up too (`nameHolders`), and the
 * stored texts of the sources they use (a quote attributed to a source stored with its text must occur in it).
 */
export async function checkInputs(
  files: readonly DatasetInput[],
  lookUps: DatabaseLookups,
  streamAboveBytes = HELD_INPUT_BYTES,
  ignoreSourceFiles = false,
): Promise<CheckedInputs> {
  const reader = new InputReader(files, streamAboveBytes);
  const defined = defineAll(reader, ignoreSourceFiles);
  // A name or alias another record of the database holds is refused, naming both (unless meant to be shared).
  if (lookUps.nameHolders) {
    const holders = await lookUps.nameHolders(defined.definitions.claimedNameKeys());
    defined.issues.push(...defined.definitions.heldNameIssues(holders));
  }
  // A source the inputs define again without its text keeps the text stored with it, and its quotes are checked.
  if (lookUps.sourceTexts && defined.sourcesWithoutText.length > 0)
    for (const { id, text } of await lookUps.sourceTexts(defined.sourcesWithoutText))
      if (!defined.texts.has(id)) defined.texts.set(id, text);
  const pass = await resolveInDatabase(reader, defined, normalizeAll(reader, defined), lookUps.references);
  return {
    issues: [...defined.issues, ...pass.context.issues].sort(compareIssues),
    warnings: defined.warnings,
    records: pass.records,
    interactionsHeld: reader.hold,
    resolvedNames: pass.context.resolvedNames,
    totals: sectionTotals(pass),
    interactions: () => reader.interactions(pass.context),
  };
}
