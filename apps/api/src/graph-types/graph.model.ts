import { Field, ObjectType } from '@nestjs/graphql';
import { GraphEdge } from './graph-edge.model';
import { GraphNode } from './graph-node.model';

@ObjectType({
  description: 'Nodes and edges ready for a network visualizer: no duplicates, and every edge joins two listed nodes.',
})
export class Graph {
  @Field(() => [GraphNode], { description: 'The nodes, the most central first.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges between those nodes, heaviest first.' })
  edges!: GraphEdge[];
}
