import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { toClientError } from './to-client-error';

const logger = new Logger('GraphQL');

/** Mercurius wraps parse and validation failures in one error carrying the list; unwrap them. */
function flatten(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((e) => (e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message ?? e))));
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
  return mercurius.defaultErrorFormatter({ ...execution, errors, ...(statusCode ? { statusCode } : {}) }, context);
};
