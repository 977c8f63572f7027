import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TimeWindow } from './time-window.model';

@ObjectType({ description: 'An actor’s score in one time window of a windowed centrality.' })
export class WindowScore extends TimeWindow {
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
