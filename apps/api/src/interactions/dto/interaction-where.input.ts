import { InteractionKind } from '@actorgraph/graph';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description: 'Which interactions to include. Every field narrows the result; an absent field does not filter.',
})
export class InteractionWhere {
  @Field(() => [InteractionKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: InteractionKind[];

  @Field(() => String, {
    nullable: true,
    description:
      'On or after this ISO date (2025, 2025-08 or 2025-08-10). An event known only to its month matches a filter on any day of that month.',
  })
  from?: string;

  @Field(() => String, { nullable: true, description: 'On or before this ISO date (2025, 2025-08 or 2025-08-10).' })
  to?: string;

  @Field(() => [ID], { nullable: true, description: 'Initiated by any of these actors.' })
  initiators?: string[];

  @Field(() => [ID], { nullable: true, description: 'Directed at any of these actors or places.' })
  targets?: string[];

  @Field(() => [ID], { nullable: true, description: 'With any of these actors or places in any role.' })
  participants?: string[];

  @Field(() => [ID], { nullable: true, description: 'Happening at, or striking, any of these places.' })
  places?: string[];

  @Field(() => [ID], { nullable: true, description: 'Reported by any of these sources.' })
  sources?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Loaded from any of these datasets (e.g. curated against coded data).',
  })
  datasets?: string[];
}
