import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import { Interaction } from '../../graph-types/interaction.model';
import { Place } from '../../graph-types/place.model';

@ObjectType({
  description:
    'One full-text match: an actor, a place or an interaction (exactly one of the three is set), with its score.',
})
export class SearchHit {
  @Field(() => Float, {
    description:
      'How well it matches (Lucene relevance; higher is better). Comparable within one answer, not across searches.',
  })
  score!: number;

  @Field(() => Actor, { nullable: true, description: 'The actor whose name or an alias matched, if the hit is one.' })
  actor!: Actor | null;

  @Field(() => Place, { nullable: true, description: 'The place whose name or an alias matched, if the hit is one.' })
  place!: Place | null;

  @Field(() => Interaction, {
    nullable: true,
    description: 'The interaction whose summary or a quote matched, if the hit is one.',
  })
  interaction!: Interaction | null;
}
