import type { InteractionFilterKey } from './filter-keys';
import { filterKeysUsed, type InteractionFilter } from './interaction-filter';
import { LinkMode, linkModes, type LinkOptions } from './link-options';

/** How a request is answered; each strategy of each field is one Cypher file. */
export enum QueryStrategy {
  /** From the maintained who-spoke-to-whom projection (docs/network.md): no interaction is read. */
  PROJECTION = 'PROJECTION',
  /** From the named actors' (initiators, targets, participants, between; a counterparts actor) relationships. */
  ACTORS = 'ACTORS',
  /** From the full-text index's hits for `text`. */
  TEXT = 'TEXT',
  /** From the date index, over the window `from`–`to`. */
  DATES = 'DATES',
  /** From the kind index. */
  KINDS = 'KINDS',
  /** Every interaction. */
  SCAN = 'SCAN',
}

/** The fields a plan is made for. */
export type PlannedField = 'interactions' | 'dyads' | 'counterparts';

/** What the maintained projection can answer exactly: the filter keys, how fine its dates, its link modes. */
export interface ProjectionCapabilities {
  readonly keys: readonly InteractionFilterKey[];
  /** Its finest period: a date bound must fall on such a period's edge (a month's first or last day). */
  readonly dateGrain: 'DAY' | 'MONTH' | 'YEAR';
  readonly modes: readonly LinkMode[];
}

export interface PlanContext {
  /** The projection, when there is one to answer from. */
  readonly projection?: ProjectionCapabilities | null;
  readonly links?: Partial<LinkOptions> | null;
}

export interface QueryPlan {
  readonly strategy: QueryStrategy;
  /** Why, in words (for logs and the plan's tests). */
  readonly reason: string;
}

/** Each field's strategies, in the order they are preferred: the first that applies answers. */
export const STRATEGIES: Readonly<Record<PlannedField, readonly QueryStrategy[]>> = {
  interactions: [
    QueryStrategy.ACTORS,
    QueryStrategy.TEXT,
    QueryStrategy.DATES,
    QueryStrategy.KINDS,
    QueryStrategy.SCAN,
  ],
  dyads: [
    QueryStrategy.PROJECTION,
    QueryStrategy.ACTORS,
    QueryStrategy.TEXT,
    QueryStrategy.DATES,
    QueryStrategy.KINDS,
    QueryStrategy.SCAN,
  ],
  // Counterparts always start from their actor: from the projection when it is exact, else its own links.
  counterparts: [QueryStrategy.PROJECTION, QueryStrategy.ACTORS],
};

const ACTOR_KEYS: readonly InteractionFilterKey[] = ['initiators', 'targets', 'participants', 'between'];

const isLastDayOfMonth = (day: string): boolean => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
};

/** Whether a window's bounds fall on edges of the projection's periods, so whole periods are counted. */
function windowAligned(filter: InteractionFilter, grain: ProjectionCapabilities['dateGrain']): boolean {
  if (grain === 'DAY') return true;
  const fromOk =
    filter.from === null || (grain === 'MONTH' ? filter.from.endsWith('-01') : filter.from.endsWith('-01-01'));
  const toOk = filter.to === null || (grain === 'MONTH' ? isLastDayOfMonth(filter.to) : filter.to.endsWith('-12-31'));
  return fromOk && toOk;
}

/** Why the projection cannot answer this filter exactly, or null when it can. */
export function projectionRefusal(filter: InteractionFilter, context: PlanContext): string | null {
  const projection = context.projection;
  if (!projection) return 'no projection';
  const foreign = filterKeysUsed(filter).filter((key) => !projection.keys.includes(key));
  if (foreign.length > 0) return `the projection does not keep ${foreign.join(', ')}`;
  if (!windowAligned(filter, projection.dateGrain)) {
    return `the window does not fall on ${projection.dateGrain.toLowerCase()} edges`;
  }
  const missing = linkModes(context.links).filter((mode) => !projection.modes.includes(mode));
  if (missing.length > 0) return `the projection has no ${missing.join(', ')} links`;
  return null;
}

function applies(
  field: PlannedField,
  strategy: QueryStrategy,
  filter: InteractionFilter,
  context: PlanContext,
): boolean {
  switch (strategy) {
    case QueryStrategy.PROJECTION:
      return projectionRefusal(filter, context) === null;
    case QueryStrategy.ACTORS:
      return field === 'counterparts' || ACTOR_KEYS.some((key) => filter[key] !== null);
    case QueryStrategy.TEXT:
      return filter.text !== null;
    case QueryStrategy.DATES:
      return filter.from !== null || filter.to !== null;
    case QueryStrategy.KINDS:
      return filter.kinds !== null;
    case QueryStrategy.SCAN:
      return true;
  }
}

/** Every strategy that answers this request exactly, preferred first (the property tests run them all). */
export function applicableStrategies(
  field: PlannedField,
  filter: InteractionFilter,
  context: PlanContext = {},
): QueryStrategy[] {
  return STRATEGIES[field].filter((strategy) => applies(field, strategy, filter, context));
}

const REASONS: Record<QueryStrategy, string> = {
  PROJECTION: 'the projection answers this filter exactly',
  ACTORS: 'named actors bound the interactions to read',
  TEXT: 'the full-text hits bound the interactions to read',
  DATES: 'the date window bounds the interactions to read',
  KINDS: 'the kinds bound the interactions to read',
  SCAN: 'nothing bounds the interactions to read',
};

/**
 * How to answer a request: the first strategy of the field's preference order that is exact for the filter.
 * Named actors come before text, text before a date window, a window before kinds (from the fewest
 * interactions likely read to the most); the projection, when exact, before all.
 */
export function planQuery(field: PlannedField, filter: InteractionFilter, context: PlanContext = {}): QueryPlan {
  const [strategy] = applicableStrategies(field, filter, context);
  const chosen = strategy ?? QueryStrategy.SCAN;
  const skipped = chosen !== QueryStrategy.PROJECTION && STRATEGIES[field].includes(QueryStrategy.PROJECTION);
  const why = skipped
    ? `${REASONS[chosen]} (not the projection: ${projectionRefusal(filter, context)})`
    : REASONS[chosen];
  return { strategy: chosen, reason: why };
}
