import { ApiErrorCode } from './api-error';

/** What fastify and mercurius say about a malformed HTTP request, in one line a client can act on. */
const MESSAGES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE:
    'The request body is larger than the server accepts; load large datasets with `cli load`.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as application/json (or application/graphql-response+json).',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send {"query": "…"}.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON (or has a __proto__ or constructor key).',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body.',
  MER_ERR_GQL_CSRF_PREVENTION:
    'Refused as a possible cross-site request: POST with content-type application/json, or send the ' +
    'header x-mercurius-operation-name (GET).',
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: 'The request has no query; send {"query": "…"}.',
  MER_ERR_METHOD_NOT_ALLOWED: 'Mutations are sent with POST.',
};

interface HttpError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: unknown;
}

/**
 * A client's malformed request (fastify's body parsing, mercurius's request checks, the body's JSON schema) as
 * BAD_REQUEST (or LIMIT_EXCEEDED for a body too large) with a one-line message; null for anything else.
 */
export function clientRequestError(error: unknown): { code: ApiErrorCode; message: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, statusCode, message, validation } = error as HttpError;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { code: ApiErrorCode.LIMIT_EXCEEDED, message: MESSAGES[code]! };
  }
  if (typeof code === 'string' && MESSAGES[code]) return { code: ApiErrorCode.BAD_REQUEST, message: MESSAGES[code] };
  if (Array.isArray(validation) && typeof message === 'string') {
    // The body's JSON schema (ajv): "body/query must be string"; a query is GraphQL text, not an AST object.
    return {
      code: ApiErrorCode.BAD_REQUEST,
      message: `The request body is not a GraphQL request: ${oneLine(message)}`,
    };
  }
  const isClientStatus = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
  if (isClientStatus && typeof code === 'string' && code.startsWith('FST_') && typeof message === 'string') {
    return { code: ApiErrorCode.BAD_REQUEST, message: oneLine(message) };
  }
  return null;
}

const oneLine = (text: string) => text.split('\n')[0]!.slice(0, 200);
