import { isPartialDate, parsePartialDate } from '@actorgraph/graph';
import { ApiError, ApiErrorCode } from '../../../errors/api-error';

/** The days an `at` argument covers (`2022` → 2022-01-01…2022-12-31), null for no date filter. */
export interface ValidOn {
  atStart: string | null;
  atEnd: string | null;
}

/** Validates an ISO date of any precision; a bad one is the client's error, naming the argument. */
export function toValidOn(at: string | null | undefined, argument = 'at'): ValidOn {
  if (at === undefined || at === null) return { atStart: null, atEnd: null };
  const parsed = parsePartialDate(at);
  if (!isPartialDate(parsed)) throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `${argument}: ${parsed.error}`, argument);
  return { atStart: parsed.start, atEnd: parsed.end };
}
