import { registerEnumType } from '@nestjs/graphql';

export enum InteractionOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
}

registerEnumType(InteractionOrder, {
  name: 'InteractionOrder',
  description: 'How to order interactions; ties are broken by id, so pages are stable.',
  valuesMap: { DATE_DESC: { description: 'Latest first (the default).' }, DATE_ASC: { description: 'Oldest first.' } },
});
