import type { ComplexityEstimator } from '@nestjs/graphql';

/** Arguments of a field as the estimator sees them: variables substituted, defaults applied. */
export type FieldArgs = Readonly<Record<string, unknown>>;

/** How many items a list field may return. */
export type ItemCount =
  /** A fixed bound, for a list without a size argument (an actor's timeline: at most 500). */
  | number
  /** The value of a size argument (`first`, `limit`), `default` when absent, clamped to 1…`max`. */
  | { readonly argument: string; readonly default: number; readonly max: number }
  /** Anything else computed from the arguments. */
  | ((args: FieldArgs) => number);

/**
 * What a field costs, in cost units. One unit is one value resolved from a row already read (a scalar field);
 * the per-request budget is {@link MAX_REQUEST_COST} units and anonymous clients spend at most
 * RATE_LIMIT_COST_PER_MINUTE units a minute, so a heavy computation must say what it costs here.
 *
 * cost = base(args) + items(args) × (cost of the selection below the field)
 */
export interface FieldCost {
  /**
   * The work the field does once, whatever it returns: a centrality ranking, a path search, an ego network's
   * expansion. 1 when absent (a plain field).
   */
  readonly base?: number | ((args: FieldArgs) => number);
  /** How many times the selection below the field is paid for; 1 when absent (an object, not a list). */
  readonly items?: ItemCount;
}

/** Highest cost of one request, in units (the budget refused before execution with LIMIT_EXCEEDED). */
export const MAX_REQUEST_COST = 50_000;

/** Reads an integer argument, falling back when absent or not a number, clamped to min…max. */
export function intArgument(args: FieldArgs, name: string, fallback: number, min: number, max: number): number {
  const value = args[name];
  const number = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(Math.max(number, min), max);
}

function itemCount(items: ItemCount | undefined, args: FieldArgs): number {
  if (items === undefined) return 1;
  if (typeof items === 'number') return items;
  if (typeof items === 'function') return items(args);
  return intArgument(args, items.argument, items.default, 1, items.max);
}

/** The estimator a {@link FieldCost} stands for (what `graphql-query-complexity` calls). */
export function costEstimator(cost: FieldCost): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    const base = typeof cost.base === 'function' ? cost.base(args) : (cost.base ?? 1);
    return base + itemCount(cost.items, args) * childComplexity;
  };
}

/**
 * Declares a field's cost, as the `complexity` option of `@Query`, `@ResolveField`, `@Field` or `@Mutation`:
 *
 * ```ts
 * @Query(() => [CentralityScore], {
 *   complexity: fieldCost({ base: ({ metric }) => (metric === 'BETWEENNESS' ? 20_000 : 2_000),
 *                           items: { argument: 'first', default: 50, max: 500 } }),
 * })
 * ```
 *
 * A field that declares nothing is charged by the table in `field-costs.ts`, else 1 plus its selection once per
 * item its `first`/`limit` argument asks for (see `default-cost.estimator.ts`).
 */
export function fieldCost(cost: FieldCost): ComplexityEstimator {
  return costEstimator(cost);
}
