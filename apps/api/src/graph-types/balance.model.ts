import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Cooperation against conflict: interactions per CAMEO quad class (a GDELT event keeps its QuadClass, an event ' +
    "with a CAMEO code takes its root's class, any other its kind's: docs/network.md) and the mean Goldstein score.",
})
export class Balance {
  @Field(() => Int, { description: 'All the interactions counted.' })
  count!: number;

  @Field(() => Int, {
    description: 'Quad class 1: statements, appeals, intents, consultations, diplomatic cooperation.',
  })
  verbalCooperation!: number;

  @Field(() => Int, { description: 'Quad class 2: material cooperation, aid, yielding.' })
  materialCooperation!: number;

  @Field(() => Int, { description: 'Quad class 3: investigations, demands, disapproval, rejection, threats.' })
  verbalConflict!: number;

  @Field(() => Int, {
    description: 'Quad class 4: protests, force posture, reduced relations, coercion, assaults, fights.',
  })
  materialConflict!: number;

  @Field(() => Int, { description: 'verbalCooperation + materialCooperation.' })
  cooperation!: number;

  @Field(() => Int, { description: 'verbalConflict + materialConflict.' })
  conflict!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean Goldstein score (−10 … +10) of those that have one (GDELT's, ICEWS's intensity); null if none.",
  })
  goldsteinMean!: number | null;

  @Field(() => Int, { description: 'How many of them have a Goldstein score (curated data has none).' })
  goldsteinCount!: number;
}
