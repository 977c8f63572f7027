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
export type PlannedField = 'interactions' | 'dyads' | 'counterparts' | 'egoNetwork';

/** The projection's levels (docs/network.md): totals, per year span, per month span. */
export type ProjectionLevel = 'ALL' | 'YEAR' | 'MONTH';

/** What the maintained projection can answer exactly: the filter keys, its period levels, its link modes. */
export interface ProjectionCapabilities {
  readonly keys: readonly InteractionFilterKey[];
  /** The periods it keeps, besides totals: a date window must consist of whole such periods. */
  readonly periods: readonly Exclude<ProjectionLevel, 'ALL'>[];
  readonly modes: readonly LinkMode[];
}

/** The projection of docs/network.md: kinds, datasets and windows of whole years or months; every link mode. */
export const NETWORK_PROJECTION: ProjectionCapabilities = {
  keys: ['kinds', 'datasets', 'from', 'to'],
  periods: ['YEAR', 'MONTH'],
  modes: [LinkMode.DIRECTED, LinkMode.CO_PARTICIPATION, LinkMode.MENTION],
};

export interface PlanContext {
  /** The projection, when there is one to answer from. */
  readonly projection?: ProjectionCapabilities | null;
  readonly links?: Partial<LinkOptions> | null;
}

export interface QueryPlan {
  readonly strategy: QueryStrategy;
  /** Why, in words (for logs and the plan's tests). */
  readonly reason: string;
  /** PROJECTION: which level to read, and the window in its periods (`'2025'` or `'2025-08'`; open sides wide). */
  readonly projection?: ProjectionWindow;
  /** ACTORS: the ids to start from and the relationships to walk (not for counterparts: they start from the actor). */
  readonly anchor?: ActorAnchor;
}

export interface ProjectionWindow {
  readonly level: ProjectionLevel;
  readonly from: string;
  readonly to: string;
}

export interface ActorAnchor {
  readonly ids: readonly string[];
  readonly relationships: readonly ('INITIATED' | 'DIRECTED_AT' | 'MENTIONS')[];
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
  // The ego network widens from its centre: exact from the projection, else from a bounded sample of interactions.
  egoNetwork: [QueryStrategy.PROJECTION, QueryStrategy.SCAN],
};

const ACTOR_KEYS: readonly InteractionFilterKey[] = ['initiators', 'targets', 'participants', 'between'];

const isLastDayOfMonth = (day: string): boolean => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
};

/** Whether both bounds fall on edges of a period (a missing bound is open, so aligned). */
function aligned(filter: InteractionFilter, period: Exclude<ProjectionLevel, 'ALL'>): boolean {
  const fromOk = filter.from === null || filter.from.endsWith(period === 'YEAR' ? '-01-01' : '-01');
  const toOk = filter.to === null || (period === 'YEAR' ? filter.to.endsWith('-12-31') : isLastDayOfMonth(filter.to));
  return fromOk && toOk;
}

/** The coarsest level of the projection that counts the window's interactions exactly, or null. */
export function projectionWindow(
  filter: InteractionFilter,
  projection: ProjectionCapabilities,
): ProjectionWindow | null {
  if (filter.from === null && filter.to === null) return { level: 'ALL', from: '0000', to: '9999' };
  const period = (['YEAR', 'MONTH'] as const).find((p) => projection.periods.includes(p) && aligned(filter, p));
  if (!period) return null;
  const length = period === 'YEAR' ? 4 : 7;
  return {
    level: period,
    from: filter.from?.slice(0, length) ?? (period === 'YEAR' ? '0000' : '0000-01'),
    to: filter.to?.slice(0, length) ?? (period === 'YEAR' ? '9999' : '9999-12'),
  };
}

/** Why the projection cannot answer this filter exactly, or null when it can. */
export function projectionRefusal(filter: InteractionFilter, context: PlanContext): string | null {
  const projection = context.projection;
  if (!projection) return 'no projection';
  const foreign = filterKeysUsed(filter).filter((key) => !projection.keys.includes(key));
  if (foreign.length > 0) return `the projection does not keep ${foreign.join(', ')}`;
  if (!projectionWindow(filter, projection)) {
    return `the window is not whole ${projection.periods.map((p) => `${p.toLowerCase()}s`).join(' or ')}`;
  }
  const missing = linkModes(context.links).filter((mode) => !projection.modes.includes(mode));
  if (missing.length > 0) return `the projection has no ${missing.join(', ')} links`;
  return null;
}

/**
 * Where the ACTORS strategy starts: the filter key naming the fewest ids among between, initiators, targets and
 * participants (in that order on ties), with the relationships that key reads.
 */
export function anchorOfFilter(filter: InteractionFilter): ActorAnchor | null {
  const options: ActorAnchor[] = [];
  if (filter.between) options.push({ ids: filter.between, relationships: ['INITIATED'] });
  if (filter.initiators) options.push({ ids: filter.initiators, relationships: ['INITIATED'] });
  if (filter.targets) options.push({ ids: filter.targets, relationships: ['DIRECTED_AT'] });
  if (filter.participants) {
    options.push({ ids: filter.participants, relationships: ['INITIATED', 'DIRECTED_AT', 'MENTIONS'] });
  }
  return options.reduce<ActorAnchor | null>((best, o) => (best && best.ids.length <= o.ids.length ? best : o), null);
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
  return explainPlan(field, strategy ?? QueryStrategy.SCAN, filter, context);
}

/** The plan for a given strategy (the property tests run each one): its reason, window or anchor. */
export function explainPlan(
  field: PlannedField,
  strategy: QueryStrategy,
  filter: InteractionFilter,
  context: PlanContext = {},
): QueryPlan {
  const skipped = strategy !== QueryStrategy.PROJECTION && STRATEGIES[field].includes(QueryStrategy.PROJECTION);
  const reason = skipped
    ? `${REASONS[strategy]} (not the projection: ${projectionRefusal(filter, context)})`
    : REASONS[strategy];
  const window =
    strategy === QueryStrategy.PROJECTION && context.projection ? projectionWindow(filter, context.projection) : null;
  const anchor = strategy === QueryStrategy.ACTORS && field !== 'counterparts' ? anchorOfFilter(filter) : null;
  return { strategy, reason, ...(window ? { projection: window } : {}), ...(anchor ? { anchor } : {}) };
}
