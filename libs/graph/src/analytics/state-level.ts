import { ActorKind } from '../actor-kind';
import { cameoCountryName, countryCodeByName } from '../cameo/cameo-countries';
import { slugify } from '../ids';

/** The level a network answer is given at. */
export enum AnalysisLevel {
  /** Every actor as itself. */
  ACTOR = 'ACTOR',
  /** People and organizations counted for their state (see {@link stateAt}). */
  STATE = 'STATE',
}

/** The standing relations that make an actor count for a state, strongest first. */
export const STATE_RELATION_TYPES = ['LEADS', 'REPRESENTS', 'PART_OF', 'MEMBER_OF', 'NATIONAL_OF'] as const;
export type StateRelationType = (typeof STATE_RELATION_TYPES)[number];

/** One standing relation from an actor to a state, directly or through an organization that is part of it. */
export interface StateAffiliation {
  readonly type: StateRelationType;
  readonly stateId: string;
  /** First and last day the relation holds (`YYYY-MM-DD`); null is open. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Through an organization (a minister LEADS a ministry that is PART_OF the state): weaker than a direct one. */
  readonly indirect?: boolean;
}

/** What the rule needs of an actor. */
export interface StateFacts {
  readonly id: string;
  readonly kind: string;
  readonly affiliations: readonly StateAffiliation[];
  /** A GDELT actor's CAMEO country code (`UKR`). */
  readonly countryCode?: string | null;
  /** An ICEWS actor's country name (`Ukraine`, `Russian Federation`). */
  readonly country?: string | null;
}

const rank = (a: StateAffiliation): number => STATE_RELATION_TYPES.indexOf(a.type) * 2 + (a.indirect ? 1 : 0);

function compare(a: StateAffiliation, b: StateAffiliation): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const fromA = a.validFrom ?? '';
  const fromB = b.validFrom ?? '';
  if (fromA !== fromB) return fromA > fromB ? -1 : 1; // the relation that began last
  return a.stateId < b.stateId ? -1 : a.stateId > b.stateId ? 1 : 0;
}

/** `state:<slug>` of a CAMEO country code (`UKR` → `state:ukraine`), or null for regions and unknown codes. */
export function stateOfCountryCode(code: string | null | undefined): string | null {
  const name = code ? cameoCountryName(code) : null;
  return name === null ? null : `state:${slugify(name)}`;
}

/** The state a coded actor's country names (GDELT `countryCode`, else ICEWS `country`), or null. */
export function codedState(actor: Pick<StateFacts, 'countryCode' | 'country'>): string | null {
  return (
    stateOfCountryCode(actor.countryCode) ?? stateOfCountryCode(actor.country ? countryCodeByName(actor.country) : null)
  );
}

/**
 * The state rule (docs/state-level.md): the actor an endpoint of an interaction covering the days `start`…`end`
 * counts as at the STATE level.
 * 1. A state is itself.
 * 2. Else the state of its strongest standing relation to a state that holds during the interaction (validity
 *    overlapping its days, an open bound holding forever): LEADS, then REPRESENTS, PART_OF, MEMBER_OF, NATIONAL_OF;
 *    a direct relation before one through an organization that is part of a state; then the relation that began
 *    last; then the state id.
 * 3. Else a coded actor's country: GDELT's CAMEO `countryCode`, else ICEWS's `country` name — when the graph has
 *    that state (`knownStates`; an absent set accepts every state).
 * 4. Else the actor itself.
 */
export function stateAt(actor: StateFacts, start: string, end: string, knownStates?: ReadonlySet<string>): string {
  if (actor.kind === ActorKind.STATE) return actor.id;
  const holding = actor.affiliations
    .filter((a) => (a.validFrom === null || a.validFrom <= end) && (a.validTo === null || a.validTo >= start))
    .sort(compare);
  if (holding[0]) return holding[0].stateId;
  const coded = codedState(actor);
  return coded !== null && (!knownStates || knownStates.has(coded)) ? coded : actor.id;
}
