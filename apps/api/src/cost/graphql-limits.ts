import { currentRequestScope } from '@actorgraph/neo4j';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, type ValidationRule } from 'graphql';
import type { preExecutionHookHandler, preParsingHookHandler } from 'mercurius';
import { aliasCapRule } from './alias-cap.rule';
import { CostRateLimitedError, type CostLedger } from './cost-ledger';
import { queryDepthRule } from './query-depth.rule';
import { requestCost } from './request-cost';
import { sourceCapErrors } from './source-caps';

/** A request costing at most this many units runs on the priority database lane, with /health. */
export const PRIORITY_COST = 100;

/** Thrown before execution; mercurius answers it like a validation failure (HTTP 400, every error listed). */
class QueryLimitError extends Error {
  readonly statusCode = 400;

  constructor(readonly errors: readonly GraphQLError[]) {
    super('query limits exceeded');
  }
}

/**
 * Static validation rules (mercurius caches a document validated by them): depth (memoized, linear), the alias cap,
 * and no introspection when it is off.
 */
export function limitValidationRules(introspection: boolean): ValidationRule[] {
  return [queryDepthRule(), aliasCapRule(), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}

/** Sources the parser accepted lately: checked once, not on every request. */
const parsedSources = new Set<string>();
const PARSED_SOURCES_KEPT = 1_000;

/**
 * Before parsing: the token and nesting caps, and a query that is not GraphQL text is refused. (Mercurius would
 * read a string that fails to parse as a JSON AST, which crashed validation: an internal error for a client's
 * mistake.)
 */
export const checkQuerySource: preParsingHookHandler = async (_schema, source) => {
  if (parsedSources.has(source)) return;
  const capped = sourceCapErrors(source);
  if (capped.length > 0) throw new QueryLimitError(capped);
  try {
    parse(source, { noLocation: true });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query is not GraphQL text';
    throw new QueryLimitError([new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  }
  if (parsedSources.size >= PARSED_SOURCES_KEPT) parsedSources.clear();
  parsedSources.add(source);
};

/**
 * Before execution, with the request's variables: prices the operation (LIMIT_EXCEEDED with the cost and the limit
 * when over budget), charges it to the client's allowance (RATE_LIMITED when spent), and puts a cheap request on the
 * priority database lane.
 */
export function chargeQueryCost(ledger: CostLedger): preExecutionHookHandler {
  return async (schema, document, context, variables) => {
    const request = context.reply?.request as (object & { ip: string; body?: unknown }) | undefined;
    const body = request?.body as { operationName?: string | null } | undefined;
    const priced = requestCost({
      schema,
      document,
      variables: variables ?? {},
      operationName: body?.operationName ?? null,
    });
    if (priced.errors.length > 0) throw new QueryLimitError(priced.errors);
    if (request) {
      await ledger.charge(request, priced.cost).catch((error: unknown) => {
        const seconds = error instanceof CostRateLimitedError ? error.details['retryAfterSeconds'] : undefined;
        if (typeof seconds === 'number') void context.reply.header('retry-after', String(seconds));
        throw error;
      });
    }
    const scope = currentRequestScope();
    if (scope && priced.cost <= PRIORITY_COST) scope.lane = 'priority';
  };
}
