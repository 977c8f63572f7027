import {
  ActorKind,
  DatePrecision,
  INTERACTION_KIND_INFO,
  InteractionKind,
  PlaceKind,
  RecognitionStatus,
  RelationType,
} from '@actorgraph/graph';
import { registerEnumType } from '@nestjs/graphql';

// The domain's enums (@actorgraph/graph), exposed to GraphQL under the same names and values.
// Imported once, by app.module.ts, before the schema is built; the enums the API defines itself
// (ActorRole, WriteStatus…) are registered where they are defined.
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
  valuesMap: {
    LEADS: { description: 'A person heads a state or organization (role: President, Prime Minister…).' },
    REPRESENTS: { description: 'A person represents an actor, e.g. an ambassador (accreditedTo: the host state).' },
    MEMBER_OF: { description: 'Membership in an organization.' },
    BORDERS: { description: 'Two states share a land border (lengthKm).' },
    LOCATED_IN: { description: 'A place lies in a state or a larger place.' },
    OPERATES: { description: 'An organization or state runs a facility or pipeline.' },
    EXPORTS_VIA: { description: 'A state exports through a pipeline, port or route (volume).' },
    NATIONAL_OF: { description: 'A person or organization belongs to a state.' },
    PART_OF: { description: 'An institution or facility is part of a larger whole.' },
    RECOGNIZES: { description: "One state recognizes another's statehood (negated: explicitly does not)." },
  },
});
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What a place is.',
  valuesMap: {
    CITY: { description: 'A city or town.' },
    REGION: { description: 'A region, province or territory.' },
    FACILITY: { description: 'A building or installation: a pumping station, a hospital.' },
    FIELD: { description: 'An oil or gas field.' },
    SEA: { description: 'A sea or other body of water.' },
    PIPELINE: { description: 'A pipeline.' },
    VENUE: { description: 'A venue or event: a forum, a summit.' },
    COUNTRY: { description: 'A country as a territory (the actor is the state).' },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exactly a date is known.',
  valuesMap: {
    DAY: { description: 'Known to the day: 2025-08-10.' },
    MONTH: { description: 'Known to the month: 2025-08.' },
    YEAR: { description: 'Known to the year: 2025.' },
  },
});
registerEnumType(RecognitionStatus, {
  name: 'RecognitionStatus',
  description: "How widely a state's statehood is recognized.",
  valuesMap: {
    RECOGNIZED: { description: 'A generally recognized state.' },
    DISPUTED: { description: 'A quasi-state whose recognition is disputed (e.g. the DPR and LPR).' },
  },
});
