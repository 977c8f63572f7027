import { GraphQLError, type ValidationRule } from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ApiErrorCode } from '../../errors/api-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits';

/** The arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/**
 * Every field costs 1 plus what it selects; a field with a `first` or `limit` argument pays for its selection once
 * per item it may return (its default when absent, at most {@link MAX_PAGE_SIZE}: a larger value is the resolver's
 * LIMIT_EXCEEDED naming the argument). Lists without such an argument (an interaction's initiators) are short and
 * counted once.
 */
export function listSizeEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const sizeArguments = field.args.filter((argument) => SIZE_ARGUMENTS.includes(argument.name));
  if (sizeArguments.length === 0) return 1 + childComplexity;
  const requested: unknown =
    sizeArguments.map((argument) => args[argument.name] ?? argument.defaultValue).find((value) => value != null) ??
    DEFAULT_PAGE_SIZE;
  const size =
    typeof requested === 'number' && Number.isFinite(requested)
      ? Math.min(Math.max(Math.trunc(requested), 1), MAX_PAGE_SIZE)
      : DEFAULT_PAGE_SIZE;
  return 1 + size * childComplexity;
}

/**
 * Refuses an operation whose estimated cost is above `maximum`: a field's own `complexity` (the `complexity`
 * option of `@Field`/`@ResolveField`, for a list that is long without a `first`) when it declares one, otherwise
 * {@link listSizeEstimator}.
 */
export function queryComplexityRule(
  maximum: number,
  request: { variables?: Record<string, unknown> | null; operationName?: string | null },
): ValidationRule {
  return createComplexityRule({
    maximumComplexity: maximum,
    variables: request.variables ?? {},
    ...(request.operationName ? { operationName: request.operationName } : {}),
    estimators: [fieldExtensionsEstimator(), listSizeEstimator],
    createError: (max, actual) =>
      new GraphQLError(
        `query complexity ${actual} exceeds the limit of ${max}: each field counts 1, and a list field counts ` +
          'its selection once per item its `first` (or `limit`) asks for; ask for fewer items or fewer fields',
        { extensions: { code: ApiErrorCode.LIMIT_EXCEEDED } },
      ),
  }) as ValidationRule;
}
