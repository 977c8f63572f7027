import { Granularity, periodDays, periodOf, periodsBetween } from './granularity';

/** One window of a windowed computation (centrality per year…): its period key and its first and last day. */
export interface TimeWindow {
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

/** At most this many windows in one request (a windowed centrality computes one ranking per window). */
export const MAX_TIME_WINDOWS = 120;

/**
 * The windows of `[from, to]` (days `YYYY-MM-DD`) by `step`: whole months or years, the first and last clipped to
 * the periods holding `from` and `to` (`2022-03-15`…`2022-05-02` by MONTH: 2022-03, 2022-04, 2022-05, each whole, so
 * the projection answers each window exactly). RangeError past {@link MAX_TIME_WINDOWS}.
 */
export function timeWindows(from: string, to: string, step: Granularity): TimeWindow[] {
  const periods = periodsBetween(periodOf(from, step), periodOf(to, step), step);
  if (periods.length > MAX_TIME_WINDOWS) {
    throw new RangeError(`at most ${MAX_TIME_WINDOWS} windows; ${from}…${to} by ${step} makes ${periods.length}`);
  }
  return periods.map((period) => ({ period, ...rangeOf(period) }));
}

const rangeOf = (period: string): { from: string; to: string } => {
  const days = periodDays(period);
  return { from: days.start, to: days.end };
};
