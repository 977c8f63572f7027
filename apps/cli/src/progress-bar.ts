import { Presets, SingleBar } from 'cli-progress';

/** How often a bar writes a line when stderr is no terminal (a log file, CI), so long work shows it is alive. */
export const LOG_LINE_EVERY_MS = 15_000;

/** A progress bar that shows itself only for work large enough to want one. */
export interface ProgressBar {
  /** Shows `done` of `total` (with `payload`'s tokens); the bar starts at the first call with `total` ≥ the threshold. */
  update(done: number, total: number, payload?: Record<string, unknown>): void;
  /** Ends the bar if it started (a later update starts it again). Call it in a `finally`: see progressBar. */
  stop(): void;
}

/**
 * A progress bar on stderr in `format` (cli-progress tokens), for work of at least `threshold` (below it, more noise
 * than help): redrawn in place on a terminal, and one line every 15 s into a log — without that, cli-progress
 * prints nothing there and an hour-long rebuild looks hung. Once started, its timer keeps the process alive, so it
 * must be stopped even when the work fails, or the command would never exit.
 */
export function progressBar(
  format: string,
  threshold = 0,
  stream: NodeJS.WritableStream = process.stderr,
): ProgressBar {
  const bar = new SingleBar(
    { format, hideCursor: true, stream, noTTYOutput: true, notTTYSchedule: LOG_LINE_EVERY_MS },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total, payload) => {
      if (total < threshold) return;
      if (!started) bar.start(total, 0, payload);
      started = true;
      bar.setTotal(total);
      bar.update(done, payload);
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
