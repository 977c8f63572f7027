import { DatabaseError, DatabaseErrorCode } from '@actorgraph/neo4j';
import { GraphQLError } from 'graphql';
import { ApiError, ApiErrorCode } from './api-error';

function databaseErrorCode(code: DatabaseErrorCode): ApiErrorCode {
  switch (code) {
    case DatabaseErrorCode.UNAVAILABLE:
      return ApiErrorCode.DATABASE_UNAVAILABLE;
    case DatabaseErrorCode.TIMEOUT:
      return ApiErrorCode.DATABASE_TIMEOUT;
    case DatabaseErrorCode.OVERLOADED:
      return ApiErrorCode.DATABASE_OVERLOADED;
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
    const extra = original.argument ? { argument: original.argument } : {};
    return { error: rebuild(original.code, original.message, extra), unexpected: false };
  }
  if (original instanceof DatabaseError) {
    const code = databaseErrorCode(original.code);
    const message = code === ApiErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : original.message;
    return { error: rebuild(code, message), unexpected: code === ApiErrorCode.INTERNAL_SERVER_ERROR };
  }
  if (!original || original instanceof GraphQLError) {
    // Parse and validation errors, and argument coercion: the client's to fix; graphql-js messages are safe.
    const code = (error.extensions?.['code'] as string | undefined) ?? ApiErrorCode.GRAPHQL_VALIDATION_FAILED;
    return { error: rebuild(code as ApiErrorCode, error.message), unexpected: false };
  }
  if ((original as { code?: unknown }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    // Fastify refused the body (MAX_BODY_BYTES) before GraphQL saw it; the status stays 413.
    const message = 'The request body is larger than the server accepts; load large datasets with `cli load`.';
    return { error: rebuild(ApiErrorCode.LIMIT_EXCEEDED, message), unexpected: false };
  }
  return { error: rebuild(ApiErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'), unexpected: true };
}
