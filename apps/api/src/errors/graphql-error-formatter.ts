import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { ApiErrorCode } from './api-error';
import { toClientError } from './to-client-error';

const logger = new Logger('GraphQL');

/** Mercurius wraps parse and validation failures in one error carrying the list; unwrap them. */
function flatten(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((e) => {
    if (e instanceof GraphQLError) return e;
    if (e instanceof RangeError) {
      // The stack ran out parsing or validating: the document is too deep; never echo the engine's message.
      const message = 'The query is nested too deeply to be read';
      return new GraphQLError(message, { extensions: { code: ApiErrorCode.LIMIT_EXCEEDED } });
    }
    // Kept as the cause, so toClientError can tell a malformed request (the body's schema) from a fault.
    const cause = e instanceof Error ? e : new Error(String(e));
    return new GraphQLError(cause.message, { originalError: cause });
  });
}

/** Codes that are wholly the client's mistake: an answer with no data and only these is HTTP 400. */
const CLIENT_FAULTS = new Set<string>([ApiErrorCode.BAD_USER_INPUT, ApiErrorCode.BAD_REQUEST]);

/** No data, or only root fields that were nulled by their errors. */
function answeredNothing(data: unknown): boolean {
  return !data || Object.values(data as Record<string, unknown>).every((value) => value === null);
}

function clientFaultStatus(errors: readonly GraphQLError[]): number | undefined {
  const allClient = errors.length > 0 && errors.every((e) => CLIENT_FAULTS.has(String(e.extensions['code'])));
  return allClient ? 400 : undefined;
}

/** Mercurius's error formatter: every error gets a code, unexpected ones are logged and hidden. */
export const graphqlErrorFormatter: typeof mercurius.defaultErrorFormatter = (execution, context) => {
  const errors = (execution.errors ?? []).flatMap(flatten).map((error) => {
    const mapped = toClientError(error);
    if (mapped.unexpected) {
      const cause = error.originalError ?? error;
      logger.error(`${cause.name}: ${cause.message}`, cause.stack);
    }
    return mapped.error;
  });
  // Keep the HTTP status mercurius attached to the wrapper (400 for an invalid document).
  const wrapped = (execution.errors ?? []).map(
    (e) => (e.originalError as { statusCode?: unknown } | undefined)?.statusCode,
  );
  const statusCode =
    (execution as { statusCode?: number }).statusCode ??
    wrapped.find((code): code is number => typeof code === 'number');
  const formatted = mercurius.defaultErrorFormatter(
    { ...execution, errors, ...(statusCode ? { statusCode } : {}) },
    context,
  );
  // Mercurius answers 200 whenever there is `data`; a client's mistake that nulled every root field is a 400.
  const clientFault =
    statusCode === undefined && answeredNothing(execution.data) ? clientFaultStatus(errors) : undefined;
  return clientFault ? { ...formatted, statusCode: clientFault } : formatted;
};
