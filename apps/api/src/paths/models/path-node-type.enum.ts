import { registerEnumType } from '@nestjs/graphql';

/** What a node on a path is. */
export enum PathNodeType {
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
  INTERACTION = 'INTERACTION',
}

registerEnumType(PathNodeType, {
  name: 'PathNodeType',
  description: 'What a node on a path is.',
  valuesMap: {
    ACTOR: { description: 'A person, state or organization.' },
    PLACE: { description: 'A city, region, facility or other place.' },
    INTERACTION: { description: 'An interaction the path passes through (a call, a statement…).' },
  },
});
