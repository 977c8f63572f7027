/** The part an actor plays in an interaction, for `Actor.interactions(role:)`. */
export enum ActorRole {
  INITIATOR = 'INITIATOR',
  TARGET = 'TARGET',
  ANY = 'ANY',
}
