/**
 * What happened between actors. Each kind is also a Neo4j label on the
 * interaction's node (next to `Interaction`), and maps to the CAMEO code
 * family it belongs to, so coded event data (GDELT, ICEWS) lands on the same kinds.
 */
export enum InteractionKind {
  STATEMENT = 'STATEMENT',
  APPEAL = 'APPEAL',
  INTENT_TO_COOPERATE = 'INTENT_TO_COOPERATE',
  CALL = 'CALL',
  MEETING = 'MEETING',
  NEGOTIATION = 'NEGOTIATION',
  MEDIATION_OFFER = 'MEDIATION_OFFER',
  DIPLOMATIC_COOPERATION = 'DIPLOMATIC_COOPERATION',
  RECOGNITION = 'RECOGNITION',
  NON_RECOGNITION = 'NON_RECOGNITION',
  TRADE = 'TRADE',
  AID = 'AID',
  YIELD = 'YIELD',
  INVESTIGATION = 'INVESTIGATION',
  DEMAND = 'DEMAND',
  CONDEMNATION = 'CONDEMNATION',
  CONCERN = 'CONCERN',
  SUMMONS = 'SUMMONS',
  REJECTION = 'REJECTION',
  THREAT = 'THREAT',
  PROTEST = 'PROTEST',
  FORCE_POSTURE = 'FORCE_POSTURE',
  RECALL = 'RECALL',
  SANCTION = 'SANCTION',
  EXPULSION = 'EXPULSION',
  COERCION = 'COERCION',
  ASSAULT = 'ASSAULT',
  STRIKE = 'STRIKE',
  INVASION = 'INVASION',
  MASS_VIOLENCE = 'MASS_VIOLENCE',
}

/** One line per kind: what it means, and the CAMEO code (root or sub-code) it corresponds to. */
export const INTERACTION_KIND_INFO: Readonly<
  Record<InteractionKind, { label: string; cameo: string; description: string }>
> = {
  STATEMENT: { label: 'Statement', cameo: '01', description: 'A public statement, comment or appeal to an audience.' },
  APPEAL: { label: 'Appeal', cameo: '02', description: 'A request or appeal addressed to another actor.' },
  INTENT_TO_COOPERATE: {
    label: 'IntentToCooperate',
    cameo: '03',
    description: 'An expressed intent to cooperate, support or help.',
  },
  CALL: { label: 'Call', cameo: '041', description: 'A telephone or video call between actors.' },
  MEETING: { label: 'Meeting', cameo: '04', description: 'A meeting, visit or consultation in person.' },
  NEGOTIATION: { label: 'Negotiation', cameo: '046', description: 'Negotiations or talks on an agreement.' },
  MEDIATION_OFFER: { label: 'MediationOffer', cameo: '045', description: 'An offer to mediate, or mediation itself.' },
  DIPLOMATIC_COOPERATION: {
    label: 'DiplomaticCooperation',
    cameo: '05',
    description: 'Diplomatic cooperation: praise, endorsement, agreements.',
  },
  RECOGNITION: { label: 'Recognition', cameo: '054', description: 'Grant of diplomatic recognition, e.g. of a state.' },
  NON_RECOGNITION: {
    label: 'NonRecognition',
    cameo: '12',
    description: 'An explicit refusal to recognize a state or territory (CAMEO has no own code; nearest: reject).',
  },
  TRADE: { label: 'Trade', cameo: '061', description: 'Economic cooperation: trade, transit, supplies.' },
  AID: { label: 'Aid', cameo: '07', description: 'Humanitarian, economic or military aid.' },
  YIELD: { label: 'Yield', cameo: '08', description: 'A concession: easing sanctions, releasing people, retreating.' },
  INVESTIGATION: {
    label: 'Investigation',
    cameo: '09',
    description: 'An investigation (crime, corruption, war crimes).',
  },
  DEMAND: { label: 'Demand', cameo: '10', description: 'A demand made of another actor.' },
  CONDEMNATION: {
    label: 'Condemnation',
    cameo: '111',
    description: 'Criticism or condemnation of an actor or an act.',
  },
  CONCERN: { label: 'Concern', cameo: '11', description: 'Concern or disapproval conveyed to another actor.' },
  SUMMONS: {
    label: 'Summons',
    cameo: '11',
    description: 'An envoy summoned to a foreign ministry (CAMEO has no own code; nearest: disapprove).',
  },
  REJECTION: { label: 'Rejection', cameo: '12', description: 'A rejection of a proposal, demand or claim.' },
  THREAT: { label: 'Threat', cameo: '13', description: 'A threat of force, sanctions or other harm.' },
  PROTEST: { label: 'Protest', cameo: '14', description: 'A protest, demonstration or rally.' },
  FORCE_POSTURE: {
    label: 'ForcePosture',
    cameo: '15',
    description: 'A show of force: mobilization, alert, exercises.',
  },
  RECALL: { label: 'Recall', cameo: '161', description: 'Recall of an envoy, or reduction of diplomatic relations.' },
  SANCTION: { label: 'Sanction', cameo: '163', description: 'An embargo, boycott or sanction.' },
  EXPULSION: { label: 'Expulsion', cameo: '166', description: 'Expulsion or withdrawal of people or organizations.' },
  COERCION: { label: 'Coercion', cameo: '17', description: 'Coercion: arrests, seizures, repression.' },
  ASSAULT: {
    label: 'Assault',
    cameo: '18',
    description: 'Unconventional violence: abduction, bombing, assassination.',
  },
  STRIKE: { label: 'Strike', cameo: '19', description: 'A military strike or attack with conventional force.' },
  INVASION: { label: 'Invasion', cameo: '192', description: 'Invasion or occupation of territory.' },
  MASS_VIOLENCE: { label: 'MassViolence', cameo: '20', description: 'Unconventional mass violence.' },
};

/** The Neo4j label for an interaction kind (`CALL` → `Call`). */
export function interactionLabel(kind: InteractionKind): string {
  return INTERACTION_KIND_INFO[kind].label;
}
