import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Who took the initiative: directed interactions source → target against target → source under the same filter, ' +
    'so a conversation shows as two similar counts and a monologue as one.',
})
export class Reciprocity {
  @Field(() => Int, { description: 'Directed interactions source → target.' })
  forward!: number;

  @Field(() => Int, { description: 'Directed interactions target → source (the reverse dyad).' })
  reverse!: number;

  @Field(() => Float, { nullable: true, description: 'forward / (forward + reverse); null when both are 0.' })
  sourceShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'reverse / (forward + reverse); null when both are 0.' })
  targetShare!: number | null;
}
