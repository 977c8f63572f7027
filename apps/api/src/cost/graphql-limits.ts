import { currentRequestScope } from '@actorgraph/neo4j';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, type ValidationRule } from 'graphql';
import type { preExecutionHookHandler, preParsingHookHandler } from 'mercurius';
import type { HeavyRequests } from '../isolation/heavy-requests';
import { aliasCapRule } from './alias-cap.rule';
import { CostRateLimitedError, type CostLedger } from './cost-ledger';
import { queryDepthRule } from './query-depth.rule';
import { requestCost } from './request-cost';
import { sourceCapErrors } from './source-caps';

/** A request costing at most this many units runs on the priority database lane, with /health, and takes no turn. */
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

/** Sources checked lately: the parser's verdict (no errors, or why refused), so a repeated attack costs a look-up. */
const checkedSources = new Map<string, readonly GraphQLError[]>();
const CHECKED_SOURCES_KEPT = 500;
/** Longer sources are checked each time (lexing stops at the token cap): the cache stays under 16 MB. */
const CHECKED_SOURCE_MAX_LENGTH = 32_768;

function sourceErrors(source: string): readonly GraphQLError[] {
  const capped = sourceCapErrors(source);
  if (capped.length > 0) return capped;
  try {
    parse(source, { noLocation: true });
    return [];
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query is not GraphQL text';
    return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })];
  }
}

/**
 * Before parsing: the token and nesting caps, and a query that is not GraphQL text is refused. (Mercurius would
 * read a string that fails to parse as a JSON AST, which crashed validation: an internal error for a client's
 * mistake.)
 */
export const checkQuerySource: preParsingHookHandler = async (_schema, source) => {
  let errors = checkedSources.get(source);
  if (!errors) {
    errors = sourceErrors(source);
    if (source.length <= CHECKED_SOURCE_MAX_LENGTH) {
      if (checkedSources.size >= CHECKED_SOURCES_KEPT) checkedSources.clear();
      checkedSources.set(source, errors);
    }
  }
  if (errors.length > 0) throw new QueryLimitError(errors);
};

/**
 * Before execution, with the request's variables: prices the operation (LIMIT_EXCEEDED with the cost and the limit
 * when over budget), charges it to the client's allowance (RATE_LIMITED when spent), and puts a cheap request on the
 * priority database lane; a heavy one waits for its turn among the heavy requests.
 */
export function chargeQueryCost(ledger: CostLedger, heavy: HeavyRequests): preExecutionHookHandler {
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
    if (!scope) return;
    if (priced.cost <= PRIORITY_COST) scope.lane = 'priority';
    else await heavy.admit(scope);
  };
}
