import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ApiErrorCode } from '../errors/api-error';
import { defaultCostEstimator } from './default-cost.estimator';
import { expandedSize } from './expanded-size';
import { MAX_REQUEST_COST } from './field-cost';

/** Most selections an operation may expand to (fragments expanded); far above any real query. */
export const MAX_EXPANDED_SELECTIONS = 5_000;

export interface RequestCostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables: Record<string, unknown>;
  readonly operationName: string | null;
}

export interface RequestCost {
  readonly cost: number;
  /** Empty when the request may run. */
  readonly errors: readonly GraphQLError[];
}

const limitExceeded = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: ApiErrorCode.LIMIT_EXCEEDED, ...extensions } });

/**
 * Prices an operation before it runs: the fields' declared costs (`fieldCost`), the table of heavy fields, else list
 * sizes × nesting. Returns the cost and the errors that refuse it: over {@link MAX_REQUEST_COST}, or expanding to more
 * than {@link MAX_EXPANDED_SELECTIONS} selections (checked first, linearly, so pricing stays bounded).
 */
export function requestCost(input: RequestCostInput, maximum: number = MAX_REQUEST_COST): RequestCost {
  const size = expandedSize(input.document, input.operationName, MAX_EXPANDED_SELECTIONS);
  if (size > MAX_EXPANDED_SELECTIONS) {
    const message =
      `The query expands to more than ${MAX_EXPANDED_SELECTIONS} fields once its fragments are spread; ` +
      'spread fewer fragments or select fewer fields';
    return { cost: 0, errors: [limitExceeded(message, { limit: MAX_EXPANDED_SELECTIONS })] };
  }
  let cost: number;
  try {
    cost = getComplexity({
      schema: input.schema,
      query: input.document,
      variables: input.variables,
      ...(input.operationName ? { operationName: input.operationName } : {}),
      estimators: [fieldExtensionsEstimator(), defaultCostEstimator],
      maxQueryNodes: MAX_EXPANDED_SELECTIONS * 2,
    });
  } catch (error) {
    // Variables that do not fit their types, reported at their definition: graphql-js's message names the variable.
    if (error instanceof GraphQLError && (error.nodes?.length ?? 0) > 0) {
      return {
        cost: 0,
        errors: [new GraphQLError(error.message, { extensions: { code: ApiErrorCode.BAD_USER_INPUT } })],
      };
    }
    // The library's own node cap (never reached after expandedSize): its message is not the client's business.
    const message = `The query expands to more than ${MAX_EXPANDED_SELECTIONS} fields; select fewer fields`;
    return { cost: 0, errors: [limitExceeded(message, { limit: MAX_EXPANDED_SELECTIONS })] };
  }
  if (cost > maximum) {
    const message =
      `query cost ${cost} exceeds the limit of ${maximum} per request: a field costs 1, a list its selection once per ` +
      'item its `first` (or `limit`) asks for, and computations (centrality, paths, egoNetwork) their work; ' +
      'ask for fewer items, fields or aliases';
    return { cost, errors: [limitExceeded(message, { cost, limit: maximum })] };
  }
  return { cost, errors: [] };
}
