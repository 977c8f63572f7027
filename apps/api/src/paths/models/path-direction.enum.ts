import { registerEnumType } from '@nestjs/graphql';

/** Which way a path walks a relationship. */
export enum PathDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}

registerEnumType(PathDirection, {
  name: 'PathDirection',
  description: 'Which way a path walks a relationship, relative to how the relationship points.',
  valuesMap: {
    FORWARD: { description: "From the relationship's start to its end (Vrublevsky REPRESENTS Ukraine)." },
    BACKWARD: { description: 'Against it, from its end to its start (Ukraine, which Zelenskyy LEADS).' },
  },
});
