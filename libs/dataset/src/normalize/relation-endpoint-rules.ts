import { RelationType } from '@actorgraph/graph';

/** What a relation's endpoint may be: an actor kind, or any place. */
export type EndpointKind = 'person' | 'state' | 'organization' | 'place';

/** Which endpoints make sense for each relation type (a person leads a state, not the reverse). */
export const RELATION_ENDPOINTS: Readonly<Record<RelationType, { subject: EndpointKind[]; object: EndpointKind[] }>> = {
  [RelationType.LEADS]: { subject: ['person'], object: ['state', 'organization'] },
  [RelationType.REPRESENTS]: { subject: ['person', 'organization'], object: ['state', 'organization'] },
  [RelationType.MEMBER_OF]: { subject: ['person', 'state', 'organization'], object: ['organization'] },
  [RelationType.BORDERS]: { subject: ['state'], object: ['state'] },
  [RelationType.LOCATED_IN]: { subject: ['place', 'organization'], object: ['state', 'place'] },
  [RelationType.OPERATES]: { subject: ['organization', 'state'], object: ['place'] },
  [RelationType.EXPORTS_VIA]: { subject: ['state', 'organization'], object: ['place'] },
  [RelationType.NATIONAL_OF]: { subject: ['person', 'organization'], object: ['state'] },
  [RelationType.PART_OF]: { subject: ['organization', 'place'], object: ['state', 'organization', 'place'] },
  [RelationType.RECOGNIZES]: { subject: ['state'], object: ['state'] },
};
