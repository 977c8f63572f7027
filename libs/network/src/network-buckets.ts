import {
  addMeasures as addCountsAndSums,
  interactionGoldstein,
  interactionPairs,
  interactionPeriods,
  interactionQuadClass,
  interactionTimeKey,
  NetworkLevel,
  type Measures,
  type NetworkMode,
} from '@actorgraph/graph';
import type { InteractionFacts } from './interaction-facts';

/** The measures a projection relationship carries (docs/network.md). */
export interface BucketMeasures extends Measures {
  firstKey: string;
  lastKey: string;
}

/** One projection relationship: its identity (level, source, target, mode, kind, dataset, start, end) and measures. */
export interface Bucket extends BucketMeasures {
  level: NetworkLevel;
  source: string;
  target: string;
  mode: NetworkMode;
  kind: string;
  dataset: string;
  /** Absent (null) on INTERACTED. */
  start: string | null;
  end: string | null;
}

/** The identity of a bucket as one string (for maps). */
export function bucketKey(
  b: Pick<Bucket, 'level' | 'source' | 'target' | 'mode' | 'kind' | 'dataset' | 'start' | 'end'>,
): string {
  return [b.level, b.source, b.target, b.mode, b.kind, b.dataset, b.start ?? '', b.end ?? ''].join('\u0001');
}

/** A pair as stored (source → target), as one string. */
export function pairKey(source: string, target: string): string {
  return `${source}\u0001${target}`;
}

/** What one interaction adds to each relationship it contributes to: three levels per pair it yields. */
export function interactionBuckets(facts: InteractionFacts): Bucket[] {
  const pairs = interactionPairs(facts);
  if (pairs.length === 0) return [];
  const quad = interactionQuadClass(facts) ?? 0;
  const goldstein = interactionGoldstein(facts);
  const key = interactionTimeKey(facts);
  const periods = interactionPeriods(facts.dateStart, facts.dateEnd);
  const measures: BucketMeasures = {
    count: 1,
    quad1: quad === 1 ? 1 : 0,
    quad2: quad === 2 ? 1 : 0,
    quad3: quad === 3 ? 1 : 0,
    quad4: quad === 4 ? 1 : 0,
    goldsteinSum: goldstein ?? 0,
    goldsteinCount: goldstein === null ? 0 : 1,
    firstKey: key,
    lastKey: key,
  };
  const kind = facts.kind;
  const dataset = facts.dataset ?? '';
  return pairs.flatMap(({ source, target, mode }) => [
    { level: NetworkLevel.INTERACTED, source, target, mode, kind, dataset, start: null, end: null, ...measures },
    { level: NetworkLevel.INTERACTED_YEAR, source, target, mode, kind, dataset, ...periods.year, ...measures },
    { level: NetworkLevel.INTERACTED_MONTH, source, target, mode, kind, dataset, ...periods.month, ...measures },
  ]);
}

/** Adds `b`'s measures into `a` (counts and sums added, first/last keys min/max). */
export function addMeasures(a: BucketMeasures, b: BucketMeasures): void {
  addCountsAndSums(a, b);
  if (b.firstKey < a.firstKey) a.firstKey = b.firstKey;
  if (b.lastKey > a.lastKey) a.lastKey = b.lastKey;
}

/**
 * Buckets aggregated over many interactions: one entry per relationship identity, so a batch of 5,000
 * interactions writes each relationship once.
 */
export class BucketAggregate {
  private readonly buckets = new Map<string, Bucket>();

  /** Adds every bucket of the interaction; `keep` filters them (e.g. to the pairs being recomputed). */
  addInteraction(facts: InteractionFacts, keep?: (bucket: Bucket) => boolean): this {
    for (const bucket of interactionBuckets(facts)) if (!keep || keep(bucket)) this.add(bucket);
    return this;
  }

  add(bucket: Bucket): void {
    const key = bucketKey(bucket);
    const held = this.buckets.get(key);
    if (held) addMeasures(held, bucket);
    else this.buckets.set(key, { ...bucket });
  }

  get size(): number {
    return this.buckets.size;
  }

  values(): Bucket[] {
    return [...this.buckets.values()];
  }

  /** The buckets as map by identity. */
  byKey(): ReadonlyMap<string, Bucket> {
    return this.buckets;
  }
}
