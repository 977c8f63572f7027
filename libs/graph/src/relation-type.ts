/**
 * Standing relations that hold over a span of time. Each is also the Neo4j
 * relationship type written between the two endpoints.
 */
export enum RelationType {
  /** A person heads a state or an organization (`role`: President, Prime Minister…). */
  LEADS = 'LEADS',
  /** A person represents an actor, e.g. an ambassador (`role`), usually `to` another state (`accreditedTo`). */
  REPRESENTS = 'REPRESENTS',
  /** Membership of a state or person in an organization. */
  MEMBER_OF = 'MEMBER_OF',
  /** Two states share a land border (`lengthKm`). */
  BORDERS = 'BORDERS',
  /** A place lies in a state or a larger place. */
  LOCATED_IN = 'LOCATED_IN',
  /** An organization runs a facility or pipeline. */
  OPERATES = 'OPERATES',
  /** A state exports goods through a pipeline, port or route (`volume`). */
  EXPORTS_VIA = 'EXPORTS_VIA',
  /** A person or organization is a citizen or national of a state. */
  NATIONAL_OF = 'NATIONAL_OF',
  /** A state's institution (ministry, office) belongs to that state. */
  PART_OF = 'PART_OF',
  /** One state recognizes another's statehood (or explicitly does not: `negated`). */
  RECOGNIZES = 'RECOGNIZES',
}
