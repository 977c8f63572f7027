import { isPlaceId, type InteractionFilter } from './interaction-filter';
import { textsContainTerms } from './text-terms';

/** What the filter looks at in an interaction: ids of its participants, its dates (first and last day), texts. */
export interface FilterableInteraction {
  readonly kind: string;
  /** First day the event covers, ISO (`2025-08-01` for `2025-08`). */
  readonly dateStart: string;
  /** Last day it covers (`2025-08-31`). */
  readonly dateEnd: string;
  readonly dataset?: string | null;
  readonly initiators: readonly string[];
  /** Targets: actor and place ids. */
  readonly targets: readonly string[];
  /** Mentioned actor and place ids. */
  readonly mentions: readonly string[];
  /** Where it happened (a place id). */
  readonly place?: string | null;
  /** Ids of the sources of its evidence. */
  readonly sources: readonly string[];
  readonly summary?: string | null;
  /** Its evidence quotes. */
  readonly quotes: readonly (string | null)[];
}

const anyIn = (ids: readonly string[], wanted: readonly string[]): boolean => ids.some((id) => wanted.includes(id));

/**
 * Whether an interaction passes the filter, in memory: the same rule as cypher/fragments/interaction-where.cypher
 * (a property test checks the two agree on the shipped data). Every key narrows; a null key does not filter.
 */
export function matchesInteraction(filter: InteractionFilter, interaction: FilterableInteraction): boolean {
  const i = interaction;
  if (filter.kinds && !filter.kinds.includes(i.kind)) return false;
  // Spans overlap: the event matches when any of its days lies in [from, to].
  if (filter.from && i.dateEnd < filter.from) return false;
  if (filter.to && i.dateStart > filter.to) return false;
  if (filter.datasets && !filter.datasets.includes(i.dataset ?? '')) return false;
  if (filter.initiators && !anyIn(i.initiators, filter.initiators)) return false;
  if (filter.targets && !anyIn(i.targets, filter.targets)) return false;
  if (filter.participants && !anyIn([...i.initiators, ...i.targets, ...i.mentions], filter.participants)) return false;
  if (filter.places) {
    const places = [...(i.place ? [i.place] : []), ...i.targets.filter(isPlaceId)];
    if (!anyIn(places, filter.places)) return false;
  }
  if (filter.sources && !anyIn(i.sources, filter.sources)) return false;
  if (filter.between) {
    const [a, b] = filter.between;
    const across = (x: string, y: string) => i.initiators.includes(x) && i.targets.includes(y);
    if (!across(a, b) && !across(b, a)) return false;
  }
  if (filter.text && !textsContainTerms(filter.text.terms, [i.summary, ...i.quotes])) return false;
  return true;
}
