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

/**
 * The most edges an ego network draws per node asked for (`limit`), heaviest first: what the cost model charges for
 * `Graph.edges`. Around a dense neighbourhood the edges per kind between 500 nodes run to tens of thousands (38,456 at
 * 100k generated interactions: a 2.5 MB answer whose completion held the event loop).
 */
export const EGO_EDGES_PER_NODE = 3;

/**
 * How many matching interactions egoNetwork reads for each kept actor's edges (without the projection), or for each
 * drawn edge's ids (from it): a hub costs a bounded sample, and the drawing says `truncated` when one was cut.
 */
export const EGO_EDGE_SAMPLE = 200;

/** How many interaction ids an egoNetwork edge lists (`interactionCount` counts them all). */
export const EGO_EDGE_ID_CAP = 20;
