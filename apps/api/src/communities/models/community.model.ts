import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A group of actors who deal with each other more than with the rest (one Louvain community).',
})
export class Community {
  @Field(() => Int, { description: '1 for the largest community, then by size (ties: heavier inside, then by id).' })
  number!: number;

  @Field(() => Int, { description: 'How many actors it holds.' })
  size!: number;

  @Field(() => [ID], { description: 'Every member’s id, in id order.' })
  memberIds!: string[];

  @Field(() => Float, {
    description: 'Total weight (matching interactions) of the links with both ends in the community.',
  })
  internalWeight!: number;

  @Field(() => Float, {
    description: 'Total weight of the links between a member and an actor of another community.',
  })
  externalWeight!: number;
}
