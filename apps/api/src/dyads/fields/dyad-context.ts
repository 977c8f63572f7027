import type { Dyad } from '../models/dyad.model';
import type { AnalysisLevel, DyadAggregate, InteractionFilter, LinkOptions } from '@actorgraph/graph';

/**
 * What a Dyad's fields (series, balance, reciprocity) need of the `dyads` call that listed it: its filter, link
 * options and level; at the STATE level (or when ranked from a scan) the interactions already read, per mode.
 */
export interface DyadContext {
  readonly filter: InteractionFilter;
  readonly links: LinkOptions;
  readonly level: AnalysisLevel;
  readonly aggregate?: DyadAggregate;
  readonly reverse?: DyadAggregate;
}

/** A Dyad as `dyads` returns it to its fields: with the context it was listed under (not in the schema). */
export type ListedDyad = Dyad & { context?: DyadContext };
