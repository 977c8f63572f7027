import { Field, ObjectType } from '@nestjs/graphql';
import { PathDirection } from './path-direction.enum';

@ObjectType({ description: 'The relationship a path walks from one node to the next.' })
export class PathEdge {
  @Field(() => String, {
    description: 'The relationship type: INITIATED, DIRECTED_AT, MENTIONS, or a standing relation (LEADS…).',
  })
  type!: string;

  @Field(() => PathDirection, { description: 'Whether the walk follows the relationship or goes against it.' })
  direction!: PathDirection;

  @Field(() => String, { nullable: true, description: 'Relations only: the role held (President, Ambassador).' })
  role!: string | null;

  @Field(() => Boolean, {
    description: 'Relations only: true when the relation is explicitly denied (a state does not recognize another).',
  })
  negated!: boolean;

  @Field(() => String, { nullable: true, description: 'Relations only: a verbatim quote from the evidence.' })
  quote!: string | null;
}
