import type { ValidationRule } from 'graphql';
import { queryComplexityRule } from './query-complexity.rule';
import { queryDepthRule } from './query-depth.rule';

/** Deepest field nesting an operation may have (introspection not counted); a page of interactions with their evidence needs 6. */
export const MAX_QUERY_DEPTH = 10;
/**
 * Highest estimated cost of an operation: a page of 500 interactions with every field, participants and evidence
 * costs about 23,000, so two such pages fit in one request and three do not.
 */
export const MAX_QUERY_COMPLEXITY = 50_000;

/**
 * Mercurius's `validationRules`, per request (complexity depends on the variables, so the option is a function;
 * that is why mercurius's query cache is off). Violations are GraphQL validation errors with code LIMIT_EXCEEDED
 * and a message naming the limit.
 */
export function queryLimitRules(request: {
  source?: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}): ValidationRule[] {
  return [queryDepthRule(MAX_QUERY_DEPTH), queryComplexityRule(MAX_QUERY_COMPLEXITY, request)];
}
