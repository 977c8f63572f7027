import { Field, ObjectType } from '@nestjs/graphql';
import { PathEdge } from './path-edge.model';
import { PathNode } from './path-node.model';

@ObjectType({ description: 'One node of a path, with the relationship that led to it.' })
export class PathStep {
  @Field(() => PathNode, { description: 'The node reached.' })
  node!: PathNode;

  @Field(() => PathEdge, { nullable: true, description: 'How the previous node led here; null on the first step.' })
  via!: PathEdge | null;
}
