import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../graph-types/actor.model';
import { WindowScore } from '../windows/window-score.model';

@ObjectType({ description: 'An actor’s place in a centrality ranking.' })
export class CentralityScore {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: Actor;

  @Field(() => Float, {
    description:
      'The metric’s value: a weighted interaction count for DEGREE, a share in [0, 1] for PAGERANK and BETWEENNESS.',
  })
  score!: number;

  @Field(() => Int, { description: '1 for the most central; actors with equal scores share a rank (1, 2, 2, 4).' })
  rank!: number;

  @Field(() => Boolean, {
    description:
      'True when the score is an estimate: BETWEENNESS over a network too large for the exact computation, ' +
      'sampled from a seeded subset of source actors (see CentralityMetric.BETWEENNESS). Always false otherwise.',
  })
  approximate!: boolean;

  @Field(() => [WindowScore], {
    nullable: true,
    description:
      'With `window`: the actor’s score in each window, in time order (score and rank above are over the whole ' +
      'range). Null without `window`.',
  })
  windows?: WindowScore[] | null;
}
