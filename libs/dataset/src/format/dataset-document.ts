/**
 * A dataset file as written (YAML or JSON), after it passed the JSON Schema in
 * `dataset.schema.json`. Kinds are lower-case here; the normalizer maps them to the enums.
 */
export interface EvidenceDoc {
  source: string;
  quote: string;
}

export interface SourceDoc {
  id: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  publishedAt?: string;
  /** The source's full text, inline: stored with the source, so its quotes are checked on every later write. */
  text?: string;
  /** Path (relative to the file) of the source's full text, read by `cli load`; `text` wins when both are given. */
  textFile?: string;
}

export interface ActorDoc {
  id: string;
  kind: 'person' | 'state' | 'organization';
  name: string;
  aliases?: string[];
  description?: string;
  /** The name or an alias is meant to be shared with another record (else the loader refuses it). */
  sharedName?: boolean;
  recognition?: 'recognized' | 'disputed';
  wikidataId?: string;
  iso3?: string;
  evidence?: EvidenceDoc[];
}

export interface PlaceDoc {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  description?: string;
  /** The name or an alias is meant to be shared with another record (else the loader refuses it). */
  sharedName?: boolean;
  state?: string;
  evidence?: EvidenceDoc[];
}

export interface RelationDoc {
  id?: string;
  type: string;
  subject: string;
  object: string;
  role?: string;
  accreditedTo?: string;
  lengthKm?: number;
  volume?: string;
  negated?: boolean;
  from?: string;
  to?: string;
  evidence: EvidenceDoc[];
}

export interface InteractionDoc {
  id: string;
  kind: string;
  date: string;
  until?: string;
  initiators: string[];
  targets?: string[];
  mentions?: string[];
  place?: string;
  summary: string;
  amount?: string;
  cameo?: string;
  evidence: EvidenceDoc[];
}

/** A dataset after schema validation; a record the schema rejected is null, so indexes stay those of the file. */
export interface DatasetDocument {
  version: 1;
  dataset?: string;
  sources?: (SourceDoc | null)[];
  actors?: (ActorDoc | null)[];
  places?: (PlaceDoc | null)[];
  relations?: (RelationDoc | null)[];
  interactions?: (InteractionDoc | null)[];
}

/** The sections of a dataset, in the order they are validated and written. */
export const DATASET_SECTIONS = ['sources', 'actors', 'places', 'relations', 'interactions'] as const;
export type DatasetSection = (typeof DATASET_SECTIONS)[number];
