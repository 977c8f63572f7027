import { ApiError, type ApiErrorCode } from '../errors/api-error';

/**
 * An ApiError raised before GraphQL runs (in a request hook): mercurius answers it in the GraphQL
 * shape, `{ data: null, errors: [{ message, extensions: { code } }] }`, with this HTTP status.
 */
export class HttpApiError extends ApiError {
  constructor(
    code: ApiErrorCode,
    message: string,
    readonly statusCode: number,
  ) {
    super(code, message);
  }
}
