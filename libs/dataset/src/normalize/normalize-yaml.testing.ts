// For the normalize specs: one YAML input taken through the loader's steps, up to normalized records.
import { readDatasetFile } from '../files/dataset-file';
import { DatasetDefinitions } from '../validation/dataset-definitions';
import { parseInput, type ParsedInput } from '../validation/parsed-input';
import type { KnownRecord } from '../validation/validate-datasets';
import { ValidationContext } from '../validation/validation-context';
import { compareIssues, formatIssue } from '../validation/validation-issue';
import { interactionWindows, normalizeInput } from './normalize-input';
import type { NormalizedDataset } from './records';

export interface Normalized {
  records: NormalizedDataset;
  /** Every issue as the CLI prints it, in the order of the file: `input.yaml:12:7 path: message`. */
  issues: string[];
  unresolved: string[];
  /** The interactions again, `size` at a time as a streamed load reads them, with the issues they raise. */
  windows(size: number): { windows: NormalizedDataset['interactions'][]; issues: string[] };
}

/** `yaml` normalized as the file `input.yaml`; `known` records are in the database, `texts` are source texts. */
export function normalizeYaml(
  yaml: string,
  options: { known?: KnownRecord[]; texts?: Record<string, string> } = {},
): Normalized {
  const parsed = parseInput('input', readDatasetFile('input.yaml', yaml));
  const input = parsed.input as ParsedInput;
  const definitions = new DatasetDefinitions(() => input.file);
  definitions.define(0, input);
  definitions.addKnown(options.known ?? []);
  const texts = new Map(Object.entries(options.texts ?? {}));
  const context = new ValidationContext(definitions.index, texts);
  const records = normalizeInput(input, context);
  const issues = [...parsed.issues, ...definitions.issues, ...context.issues].sort(compareIssues).map(formatIssue);
  return {
    records,
    issues,
    unresolved: [...context.unresolved],
    windows: (size) => {
      const again = new ValidationContext(definitions.index, texts);
      return { windows: [...interactionWindows(input, again, size)], issues: again.issues.map(formatIssue) };
    },
  };
}

/** The evidence every relation and interaction needs, citing `source:wire`. */
export const SOURCE = `sources:\n  - id: source:wire\n    title: A wire report\n`;
