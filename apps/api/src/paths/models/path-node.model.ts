import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PathNodeType } from './path-node-type.enum';

@ObjectType({ description: 'A node on a path: an actor, a place or an interaction.' })
export class PathNode {
  @Field(() => ID, { description: 'The node id, e.g. "state:ukraine" or "interaction:2025-08-10-…".' })
  id!: string;

  @Field(() => String, { description: 'The name of an actor or place; the summary of an interaction.' })
  label!: string;

  @Field(() => PathNodeType, { description: 'Whether the node is an actor, a place or an interaction.' })
  type!: PathNodeType;

  @Field(() => String, {
    description: 'The actor kind (PERSON…), place kind (CITY…) or interaction kind (CALL…).',
  })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Interactions only: the date, as precise as known.' })
  date!: string | null;
}
