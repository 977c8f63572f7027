import { registerEnumType } from '@nestjs/graphql';

/** The part an actor plays in an interaction, for `Actor.interactions(role:)`. */
export enum ActorRole {
  INITIATOR = 'INITIATOR',
  TARGET = 'TARGET',
  ANY = 'ANY',
}

registerEnumType(ActorRole, {
  name: 'ActorRole',
  description: 'The part an actor plays in an interaction.',
  valuesMap: {
    INITIATOR: { description: 'The actor initiated it: the caller, speaker, attacker.' },
    TARGET: { description: 'It was directed at the actor: the callee, audience, target.' },
    ANY: { description: 'Any part, including being mentioned (the default).' },
  },
});
