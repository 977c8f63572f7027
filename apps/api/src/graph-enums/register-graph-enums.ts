import {
  ActorKind,
  DatePrecision,
  INTERACTION_KIND_INFO,
  InteractionKind,
  PlaceKind,
  RelationType,
} from '@actorgraph/graph';
import { registerEnumType } from '@nestjs/graphql';

// The domain's enums, exposed to GraphQL under the same names and values.
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What an actor is.',
  valuesMap: {
    PERSON: { description: 'A named individual.' },
    STATE: { description: 'A state, including quasi-states whose recognition is disputed.' },
    ORGANIZATION: { description: 'An organization, institution, company or collective.' },
  },
});
registerEnumType(InteractionKind, {
  name: 'InteractionKind',
  description: 'What happened between actors; each kind maps to a CAMEO code family.',
  valuesMap: Object.fromEntries(
    Object.entries(INTERACTION_KIND_INFO).map(([kind, info]) => [
      kind,
      { description: `${info.description} CAMEO ${info.cameo}.` },
    ]),
  ),
});
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'A standing relation that holds over a span of time.',
});
registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'What a place is.' });
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exactly a date is known.',
  valuesMap: {
    DAY: { description: 'Known to the day: 2025-08-10.' },
    MONTH: { description: 'Known to the month: 2025-08.' },
    YEAR: { description: 'Known to the year: 2025.' },
  },
});
