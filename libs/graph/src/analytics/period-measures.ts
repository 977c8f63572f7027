import { interactionGoldstein, interactionQuadClass } from '../network/quad-class';

/**
 * What a set of interactions adds up to, as the projection keeps it (docs/network.md): how many, how many per quad
 * class (`quad1` verbal cooperation … `quad4` material conflict), and the Goldstein scores known.
 */
export interface Measures {
  count: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  goldsteinSum: number;
  goldsteinCount: number;
}

/**
 * One group of interactions of one kind spanning the periods `start`…`end` (keys at one granularity), e.g. a
 * projection relationship (INTERACTED_MONTH `{start, end, kind}`) or a single interaction.
 */
export interface PeriodMeasures extends Measures {
  readonly start: string;
  readonly end: string;
  readonly kind: string;
}

export function emptyMeasures(): Measures {
  return { count: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0, goldsteinSum: 0, goldsteinCount: 0 };
}

/** Adds `more` into `into` (mutates and returns `into`). */
export function addMeasures(into: Measures, more: Measures): Measures {
  into.count += more.count;
  into.quad1 += more.quad1;
  into.quad2 += more.quad2;
  into.quad3 += more.quad3;
  into.quad4 += more.quad4;
  into.goldsteinSum += more.goldsteinSum;
  into.goldsteinCount += more.goldsteinCount;
  return into;
}

/** What the quad-class and Goldstein rules need of one interaction (docs/network.md). */
export interface InteractionScoreFacts {
  readonly kind: string;
  readonly quadClass?: number | null;
  readonly cameo?: string | null;
  readonly goldstein?: number | null;
  readonly intensity?: number | null;
}

/** The measures of one interaction: count 1, one quad class, its Goldstein score when it has one. */
export function interactionMeasures(facts: InteractionScoreFacts): Measures {
  const measures = emptyMeasures();
  measures.count = 1;
  const quad = interactionQuadClass(facts);
  if (quad !== null) measures[`quad${quad}`] += 1;
  const goldstein = interactionGoldstein(facts);
  if (goldstein !== null) {
    measures.goldsteinSum = goldstein;
    measures.goldsteinCount = 1;
  }
  return measures;
}

/** Counts per quad class and the mean Goldstein score (null when no interaction has one). */
export interface Balance {
  readonly count: number;
  readonly verbalCooperation: number;
  readonly materialCooperation: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  /** verbal + material cooperation. */
  readonly cooperation: number;
  /** verbal + material conflict. */
  readonly conflict: number;
  readonly goldsteinMean: number | null;
  /** How many of the interactions have a Goldstein score. */
  readonly goldsteinCount: number;
}

export function balanceOf(measures: Measures): Balance {
  return {
    count: measures.count,
    verbalCooperation: measures.quad1,
    materialCooperation: measures.quad2,
    verbalConflict: measures.quad3,
    materialConflict: measures.quad4,
    cooperation: measures.quad1 + measures.quad2,
    conflict: measures.quad3 + measures.quad4,
    goldsteinMean: measures.goldsteinCount > 0 ? measures.goldsteinSum / measures.goldsteinCount : null,
    goldsteinCount: measures.goldsteinCount,
  };
}
