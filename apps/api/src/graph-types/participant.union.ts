import { ActorKind } from '@actorgraph/graph';
import { createUnionType } from '@nestjs/graphql';
import { Actor } from './actor.model';
import { Place } from './place.model';

const ACTOR_KINDS = new Set<string>(Object.values(ActorKind));

/** What an interaction can be directed at or mention: an actor or a place (a pumping station). */
export const Participant = createUnionType({
  name: 'Participant',
  description: 'An actor or a place taking part in an interaction or a relation.',
  types: () => [Actor, Place] as const,
  resolveType: (value: { kind: string }) => (ACTOR_KINDS.has(value.kind) ? Actor : Place),
});
