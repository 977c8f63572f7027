import type { Measures } from './period-measures';

/** How dyads are ranked. */
export enum DyadOrder {
  /** Most interactions first. */
  COUNT = 'COUNT',
  /** Most conflict (verbal + material, quad classes 3 and 4) first. */
  CONFLICT = 'CONFLICT',
  /** Most cooperation (verbal + material, quad classes 1 and 2) first. */
  COOPERATION = 'COOPERATION',
}

export interface RankedDyad {
  readonly sourceId: string;
  readonly targetId: string;
  readonly measures: Measures;
}

/** The ranking key of an order: count, conflict or cooperation count. */
export function orderScore(order: DyadOrder, m: Measures): number {
  if (order === DyadOrder.CONFLICT) return m.quad3 + m.quad4;
  if (order === DyadOrder.COOPERATION) return m.quad1 + m.quad2;
  return m.count;
}

/** The order's score descending, then count descending, then source id, then target id. */
export function compareDyads(order: DyadOrder): (a: RankedDyad, b: RankedDyad) => number {
  return (a, b) =>
    orderScore(order, b.measures) - orderScore(order, a.measures) ||
    b.measures.count - a.measures.count ||
    (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0) ||
    (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0);
}
