import { registerEnumType } from '@nestjs/graphql';

/** What an edge of a graph view stands for. */
export enum GraphEdgeType {
  INTERACTION = 'INTERACTION',
  RELATION = 'RELATION',
}

registerEnumType(GraphEdgeType, {
  name: 'GraphEdgeType',
  description: 'What an edge of a graph view stands for.',
  valuesMap: {
    INTERACTION: { description: 'Interactions of one kind from an initiator to a target, counted in `weight`.' },
    RELATION: { description: 'A standing relation (LEADS, REPRESENTS, BORDERS…) from its subject to its object.' },
  },
});
