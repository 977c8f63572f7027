import { ApiError, ApiErrorCode } from '../../errors/api-error';

/** The most items one list argument (`first`, `limit`) may ask for. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
/** Ego networks beyond three hops are most of the graph. */
export const MAX_EGO_HOPS = 3;
/** Path searches beyond six hops explode combinatorially. */
export const MAX_PATH_HOPS = 6;

/** Checks an integer argument against its bounds; the error names the argument. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ApiError(
      value > max ? ApiErrorCode.LIMIT_EXCEEDED : ApiErrorCode.BAD_USER_INPUT,
      `${argument} must be between ${min} and ${max}; got ${value}`,
      argument,
    );
  }
  return value;
}

/** `first` (or `limit`) with its default, between 1 and {@link MAX_PAGE_SIZE}. */
export function pageSize(value: number | null | undefined, argument = 'first'): number {
  return checkRange(argument, value ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
}
