import {
  InputFileError,
  interactionWindows,
  parseInput,
  readInputFile,
  type DatasetInput,
  type NormalizedDataset,
  type ParsedInput,
  type ValidationContext,
  type ValidationIssue,
} from '@actorgraph/dataset';

/** Interactions normalized (and written) at a time when inputs are streamed. */
export const WINDOW = 5000;

/**
 * The inputs of one load, read pass after pass. When they are small enough in all they are held once
 * parsed; otherwise each pass reads them again, one at a time, and an input must not have changed since
 * the first pass validated it.
 */
export class InputReader {
  /** Whether parsed inputs are held (and interactions normalized with the other records). */
  readonly hold: boolean;
  private readonly stamps: string[];
  private readonly held: (ParsedInput | null)[] = [];

  constructor(
    readonly files: readonly DatasetInput[],
    streamAboveBytes: number,
  ) {
    this.stamps = files.map((file) => file.stamp());
    this.hold = files.reduce((bytes, file) => bytes + file.size(), 0) <= streamAboveBytes;
  }

  /** Input `n` read and parsed for the first pass; held from now on when inputs are held. */
  parse(n: number): { input: ParsedInput | null; issues: ValidationIssue[] } {
    const file = this.files[n] as DatasetInput;
    const parsed = parseInput(file.dataset, readInputFile(file));
    if (this.hold && parsed.input) this.held[n] = parsed.input;
    return parsed;
  }

  /** Input `n` again: held, or read again when it has not changed (null when it cannot be parsed). */
  input(n: number): ParsedInput | null {
    const held = this.held[n];
    if (held) return held;
    const file = this.files[n] as DatasetInput;
    if (file.stamp() !== this.stamps[n]) throw new InputFileError(`${file.name} changed during the load; run it again`);
    return parseInput(file.dataset, readInputFile(file)).input;
  }

  /** Reads the inputs again, one at a time, and yields each one's normalized interactions, a window at a time. */
  *interactions(context: ValidationContext): Generator<NormalizedDataset['interactions']> {
    for (let n = 0; n < this.files.length; n += 1) {
      const input = this.input(n);
      if (input) yield* interactionWindows(input, context, WINDOW);
    }
  }
}
