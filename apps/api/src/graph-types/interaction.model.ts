import { DatePrecision, INTERACTION_KIND_INFO, InteractionKind } from '@actorgraph/graph';
import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { Actor } from './actor.model';
import { Participant } from './participant.union';
import { Place } from './place.model';
import { Evidence } from './evidence.model';

@InterfaceType('Interaction', {
  description:
    'One event between actors, with who initiated it, at whom it was directed, where, when, and the evidence. ' +
    'Each kind is also a type (`Call`, `Strike`…) implementing this interface.',
  resolveType: (value: { kind: InteractionKind }) => INTERACTION_KIND_INFO[value.kind].label,
})
export abstract class Interaction {
  @Field(() => ID, { description: 'Stable id, e.g. "interaction:2025-08-10-zelenskyy-calls-tokayev".' })
  id!: string;

  @Field(() => InteractionKind, { description: 'What happened.' })
  kind!: InteractionKind;

  @Field(() => String, { description: 'ISO 8601 date as precise as known: 2025-08-10, 2025-08 or 2025.' })
  date!: string;

  @Field(() => DatePrecision, { description: 'Whether `date` is known to the day, month or year.' })
  datePrecision!: DatePrecision;

  @Field(() => String, {
    nullable: true,
    description: 'For events that span time: the last date, as precise as known.',
  })
  until!: string | null;

  @Field(() => String, { description: 'First day the event may have happened on (YYYY-MM-DD).' })
  dateStart!: string;

  @Field(() => String, { description: 'Last day the event may have happened on (YYYY-MM-DD).' })
  dateEnd!: string;

  @Field(() => String, { description: 'One line saying what happened.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'A stated value or quantity (aid worth, tons).' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'The CAMEO event code, when the event was coded.' })
  cameo!: string | null;

  @Field(() => String, { description: 'The dataset it was loaded from, e.g. "kazakhstan-ukraine-2025".' })
  dataset!: string;

  @Field(() => [Actor], { description: 'Who acted: the caller, speaker, attacker, recalling state.' })
  initiators!: Actor[];

  @Field(() => [Participant], { description: 'At whom or what it was directed: the callee, audience, target.' })
  targets!: (Actor | Place)[];

  @Field(() => [Participant], { description: 'Actors and places it involves without being directed at them.' })
  mentions!: (Actor | Place)[];

  @Field(() => Place, { nullable: true, description: 'Where it happened, when known.' })
  place!: Place | null;

  @Field(() => [Evidence], { description: 'The sources that report it, each with a verbatim quote.' })
  evidence!: Evidence[];
}
