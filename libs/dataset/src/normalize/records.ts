import type {
  ActorKind,
  DatePrecision,
  InteractionKind,
  PlaceKind,
  RecognitionStatus,
  RelationType,
} from '@actorgraph/graph';

/** What the writer puts in Neo4j: validated, references resolved to ids, kinds as enums. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  dataset: string;
  /**
   * The source's full text, normalized as quotes are compared (normalizeForQuote), from the input or as already
   * stored; null when none is known. Stored on the node, so later loads and curation check quotes against it.
   */
  text: string | null;
  /** `sha256:<hex>` of `text`. */
  textDigest: string | null;
}

/** Evidence kept on nodes and relationships that cannot point at a Source node. */
export interface EvidenceProps {
  sourceIds: string[];
  quotes: string[];
}

export interface ActorRecord extends EvidenceProps {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /** Folded name and aliases (`sanchez`), for exact name look-ups. */
  nameKeys: string[];
  /** Latin spellings of the names in another script (`Токаев` → `Tokaev`), indexed for search with the names. */
  latinNames: string[];
  description: string | null;
  recognition: RecognitionStatus | null;
  wikidataId: string | null;
  iso3: string | null;
  dataset: string;
}

export interface PlaceRecord extends EvidenceProps {
  id: string;
  kind: PlaceKind;
  name: string;
  aliases: string[];
  nameKeys: string[];
  /** As on actors: the names' Latin spellings, for search. */
  latinNames: string[];
  description: string | null;
  dataset: string;
}

export interface RelationRecord extends EvidenceProps {
  id: string;
  type: RelationType;
  subject: string;
  object: string;
  role: string | null;
  accreditedTo: string | null;
  lengthKm: number | null;
  volume: string | null;
  negated: boolean;
  from: string | null;
  to: string | null;
  /** First day of `from`, and last day of `to`: what date filters compare. */
  validFrom: string | null;
  validTo: string | null;
  dataset: string;
}

export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  date: string;
  datePrecision: DatePrecision;
  until: string | null;
  dateStart: string;
  dateEnd: string;
  summary: string;
  amount: string | null;
  cameo: string | null;
  dataset: string;
  initiators: string[];
  targetActors: string[];
  targetPlaces: string[];
  mentionActors: string[];
  mentionPlaces: string[];
  place: string | null;
  evidence: { source: string; quote: string }[];
  /** The evidence quotes again, on the node, for full-text search. */
  quotes: string[];
}

export interface NormalizedDataset {
  sources: SourceRecord[];
  actors: ActorRecord[];
  places: PlaceRecord[];
  relations: RelationRecord[];
  interactions: InteractionRecord[];
}
