/** What an actor is. Each kind is also a Neo4j label on the actor's node. */
export enum ActorKind {
  PERSON = 'PERSON',
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
}

/** The Neo4j label for each actor kind; labels never come from user input. */
export const ACTOR_KIND_LABEL: Readonly<Record<ActorKind, string>> = {
  [ActorKind.PERSON]: 'Person',
  [ActorKind.STATE]: 'State',
  [ActorKind.ORGANIZATION]: 'Organization',
};

/** The id prefix each kind's slug carries (`person:volodymyr-zelenskyy`). */
export const ACTOR_KIND_ID_PREFIX: Readonly<Record<ActorKind, string>> = {
  [ActorKind.PERSON]: 'person',
  [ActorKind.STATE]: 'state',
  [ActorKind.ORGANIZATION]: 'org',
};

/** How widely a state is recognized; quasi-states (DPR, LPR) are `DISPUTED`, never dropped. */
export enum RecognitionStatus {
  RECOGNIZED = 'RECOGNIZED',
  DISPUTED = 'DISPUTED',
}
