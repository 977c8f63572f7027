import { INTERACTION_KIND_INFO } from '@actorgraph/graph';
import type { InteractionRecord } from '@actorgraph/dataset';
import type { InteractionFacts } from '@actorgraph/network';
import type { WriteRow } from './write-rows';

/**
 * The statements that write a graph shape for every path (`cli load`, the curation mutations, coded imports):
 * one writer per shape (issue 12).
 */
export const UPSERT_INTERACTIONS = 'write/upsert-interactions';
export const UPSERT_RELATIONS = 'write/upsert-relations';

/** Every interaction kind label: `$kindLabels` of write/upsert-interactions. */
export const INTERACTION_KIND_LABELS: readonly string[] = Object.values(INTERACTION_KIND_INFO).map((i) => i.label);

/** The participants and place of an interaction, as a dataset record holds them and the writer takes them. */
type LinkFields = 'initiators' | 'targetActors' | 'targetPlaces' | 'mentionActors' | 'mentionPlaces' | 'place';

/** One `$rows` item of write/upsert-interactions. */
export interface InteractionUpsertRow extends Pick<InteractionRecord, 'id' | LinkFields> {
  label: string;
  props: Record<string, unknown>;
  evidence: { source: string; props: Record<string, unknown> }[];
}

type Links = Pick<InteractionRecord, LinkFields | 'evidence'>;

/** A dataset record's write row (write-rows) as write/upsert-interactions takes it: evidence as `{source, props: {quote}}`. */
export function interactionUpsertRow(row: WriteRow): InteractionUpsertRow {
  const links = row as unknown as Links;
  return {
    id: row.id,
    label: row['label'] as string,
    props: row['props'] as Record<string, unknown>,
    initiators: links.initiators,
    targetActors: links.targetActors,
    targetPlaces: links.targetPlaces,
    mentionActors: links.mentionActors,
    mentionPlaces: links.mentionPlaces,
    place: links.place,
    evidence: links.evidence.map((e) => ({ source: e.source, props: { quote: e.quote } })),
  };
}

/** What the projection needs of a row about to be written (references are validated, so all of them resolve). */
export function interactionFactsOfRow(row: WriteRow): InteractionFacts {
  const links = row as unknown as Links;
  const props = row['props'] as Pick<
    InteractionRecord,
    'kind' | 'dataset' | 'date' | 'dateStart' | 'dateEnd' | 'cameo'
  >;
  return {
    id: row.id,
    kind: props.kind,
    dataset: props.dataset,
    date: props.date,
    dateStart: props.dateStart,
    dateEnd: props.dateEnd,
    cameo: props.cameo,
    initiators: links.initiators,
    targets: [...links.targetActors, ...links.targetPlaces],
    mentions: [...links.mentionActors, ...links.mentionPlaces],
  };
}
