import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphNodeType } from './graph-node-type.enum';

@ObjectType({ description: 'A node of a graph view: an actor or a place, ready for a network visualizer.' })
export class GraphNode {
  @Field(() => ID, { description: 'The actor or place id, e.g. "person:volodymyr-zelenskyy": stable across requests.' })
  id!: string;

  @Field(() => String, { description: 'The name to show.' })
  label!: string;

  @Field(() => String, { description: 'PERSON, STATE or ORGANIZATION for actors; the place kind (CITY…) for places.' })
  kind!: string;

  @Field(() => GraphNodeType, { description: 'Whether the node is an actor or a place.' })
  type!: GraphNodeType;
}
