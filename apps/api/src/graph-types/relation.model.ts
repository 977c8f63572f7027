import { RelationType } from '@actorgraph/graph';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Actor } from './actor.model';
import { Participant } from './participant.union';
import { Place } from './place.model';
import { Evidence } from './evidence.model';

@ObjectType({
  description:
    'A standing relation that holds over a span of time: a leader heads a state, an ambassador represents one, two states border.',
})
export class Relation {
  @Field(() => ID, { description: 'Stable id, e.g. "relation:represents:person:petr-vrublevsky:state:ukraine".' })
  id!: string;

  @Field(() => RelationType, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => Participant, { description: 'Who or what holds the relation: the leader, the ambassador.' })
  subject!: Actor | Place;

  @Field(() => Participant, { description: 'Whom or what it is held to: the state led, the state represented.' })
  object!: Actor | Place;

  @Field(() => String, { nullable: true, description: 'The role held, e.g. "President" or "Ambassador".' })
  role!: string | null;

  @Field(() => Actor, { nullable: true, description: 'REPRESENTS only: the state an envoy is accredited to.' })
  accreditedTo!: Actor | null;

  @Field(() => Float, { nullable: true, description: 'BORDERS only: length of the border in kilometres.' })
  lengthKm!: number | null;

  @Field(() => String, { nullable: true, description: 'EXPORTS_VIA only: the stated volume.' })
  volume!: string | null;

  @Field(() => Boolean, { description: 'True when the sources state the relation does not hold (non-recognition).' })
  negated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Since when it holds, at the precision known; null when unknown.',
  })
  from!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Until when it held, at the precision known; null when ongoing or unknown.',
  })
  to!: string | null;

  @Field(() => [Evidence], { description: 'The sources that state it, each with a verbatim quote.' })
  evidence!: Evidence[];
}
