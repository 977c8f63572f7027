import { INTERACTION_KIND_INFO, type InteractionKind } from '../interaction-kind';

/** CAMEO's four quad classes, as GDELT stores them in QuadClass. */
export enum QuadClass {
  VERBAL_COOPERATION = 1,
  MATERIAL_COOPERATION = 2,
  VERBAL_CONFLICT = 3,
  MATERIAL_CONFLICT = 4,
}

/** The quad class of a CAMEO event code by its root: 01–05 verbal and 06–08 material cooperation, 09–13 verbal and 14–20 material conflict. */
export function cameoQuadClass(code: string): QuadClass | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  const root = Number(code.slice(0, 2));
  if (root >= 1 && root <= 5) return QuadClass.VERBAL_COOPERATION;
  if (root >= 6 && root <= 8) return QuadClass.MATERIAL_COOPERATION;
  if (root >= 9 && root <= 13) return QuadClass.VERBAL_CONFLICT;
  if (root >= 14 && root <= 20) return QuadClass.MATERIAL_CONFLICT;
  return null;
}

/** The quad class of a kind, by the CAMEO code it corresponds to (SUMMONS `11` → verbal conflict). */
export function kindQuadClass(kind: InteractionKind): QuadClass {
  return cameoQuadClass(INTERACTION_KIND_INFO[kind].cameo) as QuadClass;
}

/** What an interaction says about its quad class: GDELT stores one, coded data has a CAMEO code, all have a kind. */
export interface QuadClassFacts {
  readonly kind: string;
  readonly quadClass?: number | null;
  readonly cameo?: string | null;
}

/**
 * An interaction's quad class: its stored `quadClass` when 1–4, else its CAMEO code's, else its kind's.
 * Null only for an unknown kind.
 */
export function interactionQuadClass(facts: QuadClassFacts): QuadClass | null {
  const stored = facts.quadClass;
  if (typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 && stored <= 4) return stored as QuadClass;
  const coded = facts.cameo ? cameoQuadClass(facts.cameo) : null;
  if (coded !== null) return coded;
  return facts.kind in INTERACTION_KIND_INFO ? kindQuadClass(facts.kind as InteractionKind) : null;
}

/** An interaction's Goldstein score: GDELT's `goldstein`, else ICEWS's `intensity` (same scale), else none. */
export function interactionGoldstein(facts: {
  readonly goldstein?: number | null;
  readonly intensity?: number | null;
}): number | null {
  if (typeof facts.goldstein === 'number' && Number.isFinite(facts.goldstein)) return facts.goldstein;
  if (typeof facts.intensity === 'number' && Number.isFinite(facts.intensity)) return facts.intensity;
  return null;
}
