/**
 * The interaction filter, defined once. Every spelling of it derives from this table: the GraphQL input
 * (`InteractionWhere`, checked against it), the `$where` parameters of the Cypher files
 * (`toWhereParams`), the in-memory predicate (`matchesInteraction`) and the query planner (`planQuery`).
 */

/** How a key's value is read and checked. */
export type FilterValueType =
  /** A list of interaction kinds. */
  | 'kinds'
  /** An ISO date at any precision (2025, 2025-08, 2025-08-10). */
  | 'date'
  /** A list of actor, place or source ids. */
  | 'ids'
  /** A list of free strings (dataset names). */
  | 'strings'
  /** Exactly two distinct actor or place ids. */
  | 'pair'
  /** Words searched for through the full-text index. */
  | 'text';

export interface FilterKeySpec {
  readonly type: FilterValueType;
  /** What the key keeps, for the GraphQL description and the docs. */
  readonly description: string;
}

export const INTERACTION_FILTER_KEYS = {
  kinds: { type: 'kinds', description: 'Only these kinds.' },
  from: {
    type: 'date',
    description:
      'On or after this ISO date (2025, 2025-08 or 2025-08-10). An event known only to its month matches a filter on any day of that month.',
  },
  to: { type: 'date', description: 'On or before this ISO date (2025, 2025-08 or 2025-08-10).' },
  initiators: { type: 'ids', description: 'Initiated by any of these actors.' },
  targets: { type: 'ids', description: 'Directed at any of these actors or places.' },
  participants: { type: 'ids', description: 'With any of these actors or places in any role.' },
  places: { type: 'ids', description: 'Happening at, or striking, any of these places.' },
  sources: { type: 'ids', description: 'Reported by any of these sources.' },
  datasets: { type: 'strings', description: 'Loaded from any of these datasets (e.g. curated against coded data).' },
  between: {
    type: 'pair',
    description:
      'Two actors (or places) on opposite sides, either way round: one among the initiators, the other among the targets. ' +
      'Exactly two different ids.',
  },
  text: {
    type: 'text',
    description:
      'Every word (case and accents ignored; common English words such as "the" skipped) in the summary or an evidence quote, ' +
      'found through the full-text index. Whole words only, no typo forgiven.',
  },
} as const satisfies Record<string, FilterKeySpec>;

export type InteractionFilterKey = keyof typeof INTERACTION_FILTER_KEYS;

/** Every key, in the order of the definition. */
export const INTERACTION_FILTER_KEY_NAMES = Object.keys(INTERACTION_FILTER_KEYS) as InteractionFilterKey[];

type ValueOf<T extends FilterValueType> = T extends 'kinds' | 'ids' | 'strings' | 'pair' ? readonly string[] : string;

/** The filter as a client writes it (the GraphQL input's shape): every key optional. */
export type InteractionFilterInput = {
  [K in InteractionFilterKey]?: ValueOf<(typeof INTERACTION_FILTER_KEYS)[K]['type']> | null;
};
