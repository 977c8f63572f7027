/** The period a time series is cut into. */
export enum Granularity {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** The period of a day (`YYYY-MM-DD`) or of a longer period key: `'2025-08'` (MONTH) or `'2025'` (YEAR). */
export function periodOf(day: string, granularity: Granularity): string {
  return day.slice(0, granularity === Granularity.YEAR ? 4 : 7);
}

/** The period after `period` (`'2025-12'` → `'2026-01'`, `'2025'` → `'2026'`). */
export function nextPeriod(period: string, granularity: Granularity): string {
  const year = Number(period.slice(0, 4));
  if (granularity === Granularity.YEAR) return String(year + 1).padStart(4, '0');
  const month = Number(period.slice(5, 7));
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${period.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/** Every period from `from` to `to` (period keys, both included), in order; empty when `from` > `to`. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  for (let period = from; period <= to; period = nextPeriod(period, granularity)) periods.push(period);
  return periods;
}

/** The first and last day of a period key (`'2024-02'` → 2024-02-01…2024-02-29). */
export function periodDays(period: string): { start: string; end: string } {
  if (period.length === 4) return { start: `${period}-01-01`, end: `${period}-12-31` };
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${period}-01`, end: `${period}-${String(last).padStart(2, '0')}` };
}
