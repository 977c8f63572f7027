import type { ActorKind, InteractionKind, PlaceKind } from '@actorgraph/graph';

/**
 * Which dataset a row came from (`gdelt`, `icews`, or the dataset a table import's mapping names); kept as
 * `dataset` on every interaction and new node.
 */
export type EventDataset = string;

/** Values stored as Neo4j properties: no nested maps, no undefined. */
export type PropertyValue = string | number | boolean | string[] | null;

/**
 * An actor a row names. `create` is written only when the actor is new, so a curated actor
 * (`state:ukraine`) keeps its name and description; `codes` (CAMEO codes, ICEWS sectors and
 * country) are added every time, so later merging can match on them.
 */
export interface ImportActor {
  id: string;
  kind: ActorKind;
  name: string;
  create: Record<string, PropertyValue>;
  codes: Record<string, PropertyValue>;
}

/** Where an event happened, with coordinates; written only when new. */
export interface ImportPlace {
  id: string;
  kind: PlaceKind;
  name: string;
  props: Record<string, PropertyValue>;
}

/** A document reporting an event: a GDELT source article or mention, an ICEWS story. Written only when new. */
export interface ImportSource {
  id: string;
  props: Record<string, PropertyValue>;
}

/** One REPORTED_IN edge: the source and what the edge carries (quote, sentence, confidence). */
export interface ImportEvidence {
  source: string;
  props: Record<string, PropertyValue>;
}

/** An event as an interaction: properties, participants by id, place and evidence. */
export interface ImportInteraction {
  id: string;
  kind: InteractionKind;
  props: Record<string, PropertyValue>;
  initiators: string[];
  targets: string[];
  place: string | null;
  evidence: ImportEvidence[];
}

/** Everything one event row becomes. */
export interface ImportedEvent {
  interaction: ImportInteraction;
  actors: ImportActor[];
  place: ImportPlace | null;
  sources: ImportSource[];
}

/** A row that cannot be imported, and why; it goes to the reject file. */
export interface RowRejection {
  reason: string;
}

export function isRejection<T extends object>(value: T | RowRejection): value is RowRejection {
  return 'reason' in value && Object.keys(value).length === 1;
}
