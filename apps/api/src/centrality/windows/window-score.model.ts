import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An actor’s score in one time window of a windowed centrality.' })
export class WindowScore {
  @Field(() => String, { description: "The window's period: '2022' (YEAR) or '2022-03' (MONTH)." })
  period!: string;

  @Field(() => String, { description: 'First day of the window.' })
  from!: string;

  @Field(() => String, { description: 'Last day of the window.' })
  to!: string;

  @Field(() => Float, {
    description:
      "The metric's value over that window's network alone (as centrality(where: { from, to }) of the window); " +
      '0 when the actor has no link in it.',
  })
  score!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The actor's rank in that window; null when it has no link in it.",
  })
  rank!: number | null;
}
