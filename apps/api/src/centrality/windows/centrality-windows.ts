import { Granularity, periodOf, periodsBetween, timeWindows, type TimeWindow } from '@actorgraph/graph';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import type { FieldArgs } from '../../cost/field-cost';
import type { CentralityWindowInput } from './centrality-window.input';

/**
 * At most this many windows in one windowed centrality: each is a ranking of its own (computed in the worker,
 * cached per window, filter, link options and network version), and the request pays for every one of them.
 */
export const MAX_CENTRALITY_WINDOWS = 24;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first day a date (2022, 2022-03, 2022-03-15) covers: timeWindows works on days. */
const firstDay = (date: string): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

/** How many windows the argument asks for (0 when it is absent or malformed: validated when resolving). */
export function windowCount(window: unknown): number {
  if (!window || typeof window !== 'object') return 0;
  const { from, to, step } = window as Partial<CentralityWindowInput>;
  if (typeof from !== 'string' || typeof to !== 'string' || !DATE.test(from) || !DATE.test(to)) return 0;
  if (step !== Granularity.MONTH && step !== Granularity.YEAR) return 0;
  const granularity = step;
  return periodsBetween(periodOf(firstDay(from), granularity), periodOf(firstDay(to), granularity), granularity).length;
}

/** What the cost estimator multiplies a computation's cost by: every window, plus the whole range's ranking. */
export function windowedComputations(args: FieldArgs): number {
  const count = windowCount(args['window']);
  // Over the cap the request is refused before anything runs (centralityWindows), not charged.
  return count === 0 || count > MAX_CENTRALITY_WINDOWS ? 1 : count + 1;
}

/**
 * The windows of a windowed centrality, whole months or years (so the projection answers each exactly);
 * BAD_USER_INPUT on a malformed or reversed range, or a `where` that also bounds the dates; LIMIT_EXCEEDED with a
 * hint past {@link MAX_CENTRALITY_WINDOWS}.
 */
export function centralityWindows(
  window: CentralityWindowInput,
  where: { from?: string | null; to?: string | null } | null,
): TimeWindow[] {
  if (!DATE.test(window.from) || !DATE.test(window.to)) {
    throw new ApiError(
      ApiErrorCode.BAD_USER_INPUT,
      'window.from and window.to are ISO dates (2022, 2022-03 or 2022-03-15)',
      'window',
    );
  }
  if (where?.from != null || where?.to != null) {
    throw new ApiError(
      ApiErrorCode.BAD_USER_INPUT,
      'with window, give the date range in window.from and window.to, not in where.from and where.to',
      'window',
    );
  }
  const count = windowCount(window);
  if (count === 0) {
    throw new ApiError(
      ApiErrorCode.BAD_USER_INPUT,
      `window.from (${window.from}) is after window.to (${window.to})`,
      'window',
    );
  }
  if (count > MAX_CENTRALITY_WINDOWS) {
    throw new ApiError(
      ApiErrorCode.LIMIT_EXCEEDED,
      `${window.from}…${window.to} by ${window.step} makes ${count} windows, more than the ${MAX_CENTRALITY_WINDOWS} ` +
        `one request may compute; hint: narrow the range, step by YEAR, or ask for several ranges`,
      'window',
      { windows: count, limit: MAX_CENTRALITY_WINDOWS },
    );
  }
  return timeWindows(firstDay(window.from), firstDay(window.to), window.step);
}
