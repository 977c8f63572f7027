import { Granularity, periodOf, periodsBetween } from './granularity';
import {
  addMeasures,
  balanceOf,
  emptyMeasures,
  type Balance,
  type Measures,
  type PeriodMeasures,
} from './period-measures';

/** One period of a series: what overlaps it, in total, per kind and per quad class. */
export interface SeriesPoint {
  /** `'2025'` (YEAR) or `'2025-08'` (MONTH). */
  readonly period: string;
  readonly count: number;
  /** Per kind, the kinds present only, sorted by kind. */
  readonly byKind: readonly { readonly kind: string; readonly count: number }[];
  readonly balance: Balance;
}

/** A series' window in periods; an open side is taken from the data. */
export interface SeriesWindow {
  readonly from: string | null;
  readonly to: string | null;
}

/** The window of a filter's first and last day (`from`, `to` as `YYYY-MM-DD`, either null) at a granularity. */
export function seriesWindow(from: string | null, to: string | null, granularity: Granularity): SeriesWindow {
  return {
    from: from === null ? null : periodOf(from, granularity),
    to: to === null ? null : periodOf(to, granularity),
  };
}

/** At most this many periods in one series (a century of months). */
export const MAX_SERIES_PERIODS = 1200;

/**
 * One point per period of the window, periods with nothing present as zeros. A group spanning periods
 * `start…end` (an event of several months, a year-precision event in a monthly series) counts in every period of
 * the window it overlaps — as a filter on that period would find it. Open sides of the window: the first start
 * and the last end of the groups; nothing and no window gives no points.
 */
export function buildSeries(
  rows: readonly PeriodMeasures[],
  window: SeriesWindow,
  granularity: Granularity,
): SeriesPoint[] {
  const from =
    window.from ?? rows.reduce<string | null>((min, r) => (min === null || r.start < min ? r.start : min), null);
  const to = window.to ?? rows.reduce<string | null>((max, r) => (max === null || r.end > max ? r.end : max), null);
  if (from === null || to === null || from > to) return [];
  const periods = periodsBetween(from, to, granularity);
  if (periods.length > MAX_SERIES_PERIODS) {
    throw new RangeError(`a series has at most ${MAX_SERIES_PERIODS} periods; this window has ${periods.length}`);
  }
  const totals = new Map<string, Measures>(periods.map((p) => [p, emptyMeasures()]));
  const kinds = new Map<string, Map<string, number>>(periods.map((p) => [p, new Map()]));
  for (const row of rows) {
    for (const period of periods) {
      if (period < row.start || period > row.end) continue;
      addMeasures(totals.get(period) as Measures, row);
      const byKind = kinds.get(period) as Map<string, number>;
      byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
    }
  }
  return periods.map((period) => {
    const measures = totals.get(period) as Measures;
    const byKind = [...(kinds.get(period) as Map<string, number>)]
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kind, count]) => ({ kind, count }));
    return { period, count: measures.count, byKind, balance: balanceOf(measures) };
  });
}

/** The balance of every group (each counted once, whatever its span). */
export function totalBalance(rows: readonly PeriodMeasures[]): Balance {
  return balanceOf(rows.reduce((sum, row) => addMeasures(sum, row), emptyMeasures()));
}
