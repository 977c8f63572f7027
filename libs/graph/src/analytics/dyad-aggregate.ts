import { NetworkMode, type NetworkPair } from '../network';
import { interactionTimeKey } from '../network/interaction-periods';
import { Granularity, periodOf } from './granularity';
import {
  addMeasures,
  emptyMeasures,
  interactionMeasures,
  type InteractionScoreFacts,
  type Measures,
  type PeriodMeasures,
} from './period-measures';

/** One interaction with its network pairs (the pair rule, actor targets only), as a scan reads it. */
export interface InteractionPairFacts extends InteractionScoreFacts {
  readonly id: string;
  readonly date: string;
  /** First and last day covered, `YYYY-MM-DD`. */
  readonly dateStart: string;
  readonly dateEnd: string;
  readonly pairs: readonly NetworkPair[];
}

/** The endpoint a pair's actor counts as (the actor itself, or its state at the interaction's days). */
export type EndpointMap = (actorId: string, dateStart: string, dateEnd: string) => string;

/** The interactions linking one ordered pair, per mode (each interaction once per mode). */
export interface DyadAggregate {
  readonly sourceId: string;
  readonly targetId: string;
  readonly byMode: Map<string, Map<string, InteractionPairFacts>>;
  measures: Measures;
  kinds: Set<string>;
  firstKey: string;
  lastKey: string;
}

const pairKey = (source: string, target: string): string => `${source}\u0000${target}`;

/**
 * Dyads of mapped endpoints: each pair's actors mapped by `endpoint` at the interaction's days; a
 * co-participation pair reordered lower id → higher id after mapping; pairs that map to one endpoint (a minister
 * and the president of the same state) dropped. An interaction counts once per (mapped pair, mode).
 */
export function aggregateDyads(
  interactions: readonly InteractionPairFacts[],
  endpoint: EndpointMap = (id) => id,
): Map<string, DyadAggregate> {
  const dyads = new Map<string, DyadAggregate>();
  for (const interaction of interactions) {
    const measures = interactionMeasures(interaction);
    const key = interactionTimeKey(interaction);
    for (const pair of interaction.pairs) {
      let source = endpoint(pair.source, interaction.dateStart, interaction.dateEnd);
      let target = endpoint(pair.target, interaction.dateStart, interaction.dateEnd);
      if (source === target) continue;
      if (pair.mode === NetworkMode.CO_PARTICIPATION && source > target) [source, target] = [target, source];
      const id = pairKey(source, target);
      let dyad = dyads.get(id);
      if (!dyad) {
        dyad = {
          sourceId: source,
          targetId: target,
          byMode: new Map(),
          measures: emptyMeasures(),
          kinds: new Set(),
          firstKey: key,
          lastKey: key,
        };
        dyads.set(id, dyad);
      }
      const seen = dyad.byMode.get(pair.mode) ?? new Map<string, InteractionPairFacts>();
      dyad.byMode.set(pair.mode, seen);
      if (seen.has(interaction.id)) continue;
      seen.set(interaction.id, interaction);
      addMeasures(dyad.measures, measures);
      dyad.kinds.add(interaction.kind);
      if (key < dyad.firstKey) dyad.firstKey = key;
      if (key > dyad.lastKey) dyad.lastKey = key;
    }
  }
  return dyads;
}

/** The reverse dyad of an aggregate (target → source), if any. */
export function reverseOf(dyads: Map<string, DyadAggregate>, dyad: DyadAggregate): DyadAggregate | undefined {
  return dyads.get(pairKey(dyad.targetId, dyad.sourceId));
}

/** Directed interactions of a dyad. */
export function directedCount(dyad: DyadAggregate | undefined): number {
  return dyad?.byMode.get(NetworkMode.DIRECTED)?.size ?? 0;
}

/** A dyad's interactions as series groups at a granularity (one per interaction and mode). */
export function periodRowsOf(dyad: DyadAggregate, granularity: Granularity): PeriodMeasures[] {
  const rows: PeriodMeasures[] = [];
  for (const interactions of dyad.byMode.values()) {
    for (const i of interactions.values()) {
      rows.push({
        ...interactionMeasures(i),
        start: periodOf(i.dateStart, granularity),
        end: periodOf(i.dateEnd, granularity),
        kind: i.kind,
      });
    }
  }
  return rows;
}
