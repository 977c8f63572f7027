import { validate } from 'graphql';
import type { preExecutionHookHandler } from 'mercurius';
import { queryLimitRules } from './query-limits';

/** Thrown before execution; mercurius answers it like a validation failure (HTTP 400, every error listed). */
class QueryLimitError extends Error {
  readonly statusCode = 400;

  constructor(readonly errors: readonly Error[]) {
    super('query limits exceeded');
  }
}

/**
 * Depth and cost limits, checked in mercurius's preExecution hook rather than as validation rules:
 * the cost depends on the variables (`first: $n`), and per-request validation rules would switch off
 * mercurius's cache of parsed and validated documents for every request.
 */
export const enforceQueryLimits: preExecutionHookHandler = async (schema, document, context, variables) => {
  const body = context.reply?.request?.body as { operationName?: string | null } | undefined;
  const errors = validate(
    schema,
    document,
    queryLimitRules({ variables: variables ?? {}, operationName: body?.operationName ?? null }),
  );
  if (errors.length > 0) throw new QueryLimitError(errors);
};
