import { IntrinsicException } from '@nestjs/common';

/** Error codes a client sees in `errors[].extensions.code`. */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
