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

  @Field(() => Boolean, {
    description:
      'True when the graph is a sample: more nodes were reached than `limit`, or a node had more interactions ' +
      'or relations than are read for it. False: every node and edge the arguments ask for is here.',
  })
  truncated!: boolean;
}
