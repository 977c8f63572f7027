import { Field, ObjectType } from '@nestjs/graphql';

/** The period, first and last day every window of a windowed computation (centrality, communities) names. */
@ObjectType({ isAbstract: true })
export abstract class TimeWindow {
  @Field(() => String, { description: "The window's period: '2022' (YEAR) or '2022-03' (MONTH)." })
  period!: string;

  @Field(() => String, { description: 'First day of the window.' })
  from!: string;

  @Field(() => String, { description: 'Last day of the window.' })
  to!: string;
}
