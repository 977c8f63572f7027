import { AnalysisLevel, DyadOrder, Granularity } from '@actorgraph/graph';
import { registerEnumType } from '@nestjs/graphql';

// The network analytics' enums (@actorgraph/graph analytics), registered once; imported by the fields using them.
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'The period a time series is cut into.',
  valuesMap: {
    MONTH: { description: "Calendar months ('2025-08')." },
    YEAR: { description: "Calendar years ('2025')." },
  },
});
registerEnumType(DyadOrder, {
  name: 'DyadOrder',
  description: 'How dyads are ranked; ties by count, then source id, then target id.',
  valuesMap: {
    COUNT: { description: 'Most interactions first (the default).' },
    CONFLICT: { description: 'Most conflict first: verbal and material conflict (quad classes 3 and 4).' },
    COOPERATION: { description: 'Most cooperation first: verbal and material cooperation (quad classes 1 and 2).' },
  },
});
registerEnumType(AnalysisLevel, {
  name: 'AnalysisLevel',
  description:
    'Who the endpoints are: each actor, or the states they count for (docs/state-level.md: a person or ' +
    'organization counts for the state it leads, represents, is part of, is a member or national of at the date of ' +
    "the interaction; else a coded actor's country; actors with no state stay themselves).",
  valuesMap: {
    ACTOR: { description: 'Every actor as itself (the default).' },
    STATE: { description: 'People and organizations counted for their state at the date of each interaction.' },
  },
});
