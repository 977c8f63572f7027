import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PathStep } from './path-step.model';

@ObjectType({ description: 'A connection between two actors or places, step by step.' })
export class Path {
  @Field(() => Int, {
    description: 'Hops: relationships walked. An interaction between two actors is 2 (initiated, directed at).',
  })
  length!: number;

  @Field(() => [PathStep], { description: 'The nodes from start to end, each with how it was reached.' })
  steps!: PathStep[];
}
