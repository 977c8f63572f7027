import { Presets, SingleBar } from 'cli-progress';

/** How often a bar writes a line when stderr is no terminal (a log file, CI), so long work shows it is alive. */
export const LOG_LINE_EVERY_MS = 15_000;

/**
 * A progress bar on stderr in `format` (cli-progress tokens): redrawn in place on a terminal, and one line every
 * 15 s into a log — without that, cli-progress prints nothing there and an hour-long rebuild looks hung.
 * Once started, stop it in a `finally`: its timer keeps the process alive, so a command that failed would never exit.
 */
export function progressBar(format: string, stream: NodeJS.WritableStream = process.stderr): SingleBar {
  return new SingleBar(
    { format, hideCursor: true, stream, noTTYOutput: true, notTTYSchedule: LOG_LINE_EVERY_MS },
    Presets.shades_classic,
  );
}
