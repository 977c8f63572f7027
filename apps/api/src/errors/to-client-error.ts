import { DatabaseError, DatabaseErrorCode } from '@actorgraph/neo4j';
import { GraphQLError } from 'graphql';
import { ApiError, ApiErrorCode } from './api-error';
import { clientRequestError } from './client-request-error';

/** Extensions a limit error may carry besides its code: what was charged, the limit, when to retry. */
const LIMIT_DETAILS = ['cost', 'limit', 'depth', 'remaining', 'retryAfterSeconds'];

function databaseErrorCode(code: DatabaseErrorCode): ApiErrorCode {
  switch (code) {
    case DatabaseErrorCode.UNAVAILABLE:
      return ApiErrorCode.DATABASE_UNAVAILABLE;
    case DatabaseErrorCode.TIMEOUT:
      return ApiErrorCode.DATABASE_TIMEOUT;
    case DatabaseErrorCode.OVERLOADED:
      return ApiErrorCode.DATABASE_OVERLOADED;
    case DatabaseErrorCode.BUSY:
      return ApiErrorCode.DATABASE_BUSY;
    case DatabaseErrorCode.CANCELLED:
      return ApiErrorCode.REQUEST_TIMEOUT;
    case DatabaseErrorCode.CONSTRAINT:
    case DatabaseErrorCode.UNAUTHORIZED:
    case DatabaseErrorCode.INTERNAL:
      return ApiErrorCode.INTERNAL_SERVER_ERROR;
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped database error code ${String(unreachable)}`);
    }
  }
}

/**
 * What a client may see of an error: a code and a safe message, never a stack
 * trace or Cypher. Returns the error to show and whether it was unexpected (to log).
 */
export function toClientError(error: GraphQLError): { error: GraphQLError; unexpected: boolean } {
  const original = error.originalError;
  const rebuild = (code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}) =>
    new GraphQLError(message, {
      ...(error.nodes ? { nodes: error.nodes } : {}),
      ...(error.path ? { path: error.path } : {}),
      extensions: { code, ...extra },
    });

  if (original instanceof ApiError) {
    const extra = { ...(original.argument ? { argument: original.argument } : {}), ...original.details };
    return { error: rebuild(original.code, original.message, extra), unexpected: false };
  }
  if (original instanceof DatabaseError) {
    const code = databaseErrorCode(original.code);
    const message = code === ApiErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : original.message;
    return { error: rebuild(code, message), unexpected: code === ApiErrorCode.INTERNAL_SERVER_ERROR };
  }
  if (!original || original instanceof GraphQLError) {
    // Parse and validation errors, and argument coercion: the client's to fix; graphql-js messages are safe.
    // Errors built outside graphql-js (a plain object shaped like one) may carry no extensions at all.
    const extensions: Record<string, unknown> = error.extensions ?? {};
    const code = (extensions['code'] as string | undefined) ?? ApiErrorCode.GRAPHQL_VALIDATION_FAILED;
    const details = Object.fromEntries(LIMIT_DETAILS.filter((k) => k in extensions).map((k) => [k, extensions[k]]));
    return { error: rebuild(code as ApiErrorCode, error.message, details), unexpected: false };
  }
  const request = clientRequestError(original);
  if (request) return { error: rebuild(request.code, request.message), unexpected: false };
  return { error: rebuild(ApiErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'), unexpected: true };
}
