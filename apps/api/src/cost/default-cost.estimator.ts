import { isObjectType, type GraphQLCompositeType } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { costEstimator, type FieldCost } from './field-cost';
import { FIELD_COSTS } from './field-costs';

/** The arguments that say how many items a list field returns, for a field with no declared cost. */
const SIZE_ARGUMENTS = ['first', 'limit'];

function declaredCost(type: GraphQLCompositeType, fieldName: string): FieldCost | undefined {
  const own = FIELD_COSTS[`${type.name}.${fieldName}`];
  if (own || !isObjectType(type)) return own;
  for (const parent of type.getInterfaces()) {
    const inherited = FIELD_COSTS[`${parent.name}.${fieldName}`];
    if (inherited) return inherited;
  }
  return undefined;
}

/**
 * The estimator for fields without a `complexity` of their own: their entry in {@link FIELD_COSTS}, else 1 plus the
 * selection once per item a `first`/`limit` argument asks for (default 50, at most 500), else 1 plus the selection.
 */
export function defaultCostEstimator(options: ComplexityEstimatorArgs): number {
  const { type, field, childComplexity } = options;
  const declared = declaredCost(type, field.name);
  if (declared) return costEstimator(declared)(options) as number;
  const size = field.args.find((argument) => SIZE_ARGUMENTS.includes(argument.name));
  if (!size) return 1 + childComplexity;
  return costEstimator({ items: { argument: size.name, default: 50, max: 500 } })(options) as number;
}
