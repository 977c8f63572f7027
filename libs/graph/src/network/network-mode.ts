/**
 * How an interaction ties two endpoints in the who-spoke-to-whom network (docs/network.md, the pair rule).
 * Stored as `mode` on the projection's INTERACTED relationships.
 */
export enum NetworkMode {
  /** Initiator → target (an actor or a place). */
  DIRECTED = 'DIRECTED',
  /** Two co-initiators of an event without a target; undirected, stored once from the lower id to the higher. */
  CO_PARTICIPATION = 'CO_PARTICIPATION',
  /** Initiator → mentioned actor or place. */
  MENTION = 'MENTION',
}

/**
 * The projection's relationship types: totals, per year span, per month span. Also relationship types in Neo4j.
 */
export enum NetworkLevel {
  INTERACTED = 'INTERACTED',
  INTERACTED_YEAR = 'INTERACTED_YEAR',
  INTERACTED_MONTH = 'INTERACTED_MONTH',
}
