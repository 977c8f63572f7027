import { DatePrecision } from './date-precision';

/** A date known to a day, a month or a year, with the span of days it covers. */
export interface PartialDate {
  /** As written: `2025`, `2025-08` or `2025-08-10`. */
  readonly value: string;
  readonly precision: DatePrecision;
  /** First day the date covers (`2025-08` → `2025-08-01`). */
  readonly start: string;
  /** Last day the date covers (`2025-08` → `2025-08-31`). */
  readonly end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses an ISO 8601 calendar date of any precision. Returns a reason instead
 * of throwing, so validation can report every bad date at once.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    return { error: `"${text}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
  const year = Number(match[1]);
  if (year < 1000) return { error: `"${text}" has an implausible year` };
  if (match[2] === undefined) {
    return { value: text, precision: DatePrecision.YEAR, start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}` };
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      value: text,
      precision: DatePrecision.MONTH,
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDay)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) {
    return { error: `"${text}" is not a real day: ${year}-${pad(month)} has ${lastDay} days` };
  }
  return { value: text, precision: DatePrecision.DAY, start: text, end: text };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}
