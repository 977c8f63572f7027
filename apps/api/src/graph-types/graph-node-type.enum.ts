import { registerEnumType } from '@nestjs/graphql';

/** What a node of a graph view stands for. */
export enum GraphNodeType {
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
}

registerEnumType(GraphNodeType, {
  name: 'GraphNodeType',
  description: 'What a node of a graph view stands for.',
  valuesMap: {
    ACTOR: { description: 'A person, state or organization.' },
    PLACE: { description: 'A city, region, facility or other place.' },
  },
});
