/** The relationship types that tie an interaction to its participants, place and evidence. */
export enum ParticipationType {
  /** (actor)-[:INITIATED]->(interaction): caller, speaker, attacker. */
  INITIATED = 'INITIATED',
  /** (interaction)-[:DIRECTED_AT]->(actor|place): callee, audience, target. */
  DIRECTED_AT = 'DIRECTED_AT',
  /** (interaction)-[:MENTIONS]->(actor|place). */
  MENTIONS = 'MENTIONS',
  /** (interaction)-[:OCCURRED_IN]->(place). */
  OCCURRED_IN = 'OCCURRED_IN',
  /** (interaction)-[:REPORTED_IN {quote}]->(source): the evidence. */
  REPORTED_IN = 'REPORTED_IN',
}
