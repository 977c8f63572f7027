import { IntrinsicException } from '@nestjs/common';

/** Error codes a client sees in `errors[].extensions.code`. */
export enum ApiErrorCode {
  /** The HTTP request itself is wrong: body not JSON, wrong content type, missing query. 4xx. */
  BAD_REQUEST = 'BAD_REQUEST',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** Every database session this request (or this server) may use was busy past the wait allowed; retry. */
  DATABASE_BUSY = 'DATABASE_BUSY',
  /** The request ran past its deadline (REQUEST_TIMEOUT_MS) and was cancelled with its transactions. */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
  DATABASE_OVERLOADED = 'DATABASE_OVERLOADED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error a resolver raises on purpose: its message is safe to show, its code says what to do.
 * Intrinsic, so Nest does not log the client's mistakes as server errors.
 */
export class ApiError extends IntrinsicException {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The argument or field at fault, when there is one. */
    readonly argument?: string,
    /** More for the client, in `extensions` (what was charged, the limit, when to retry). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
