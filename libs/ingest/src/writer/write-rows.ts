import { ACTOR_KIND_LABEL, interactionLabel } from '@actorgraph/graph';
import {
  contentHash,
  type ActorRecord,
  type DatasetSection,
  type InteractionRecord,
  type NormalizedDataset,
  type PlaceRecord,
  type RelationRecord,
  type SourceRecord,
} from '@actorgraph/dataset';

/** One row of an `UNWIND $rows` write: the record's id, its content hash, and what the query needs. */
export interface WriteRow {
  id: string;
  hash: string;
  [key: string]: unknown;
}

const sourceRow = (r: SourceRecord): WriteRow => {
  const hash = contentHash(r);
  return { id: r.id, hash, props: { ...r, contentHash: hash } };
};

const actorRow = (r: ActorRecord): WriteRow => {
  const hash = contentHash(r);
  return { id: r.id, hash, label: ACTOR_KIND_LABEL[r.kind], props: { ...r, contentHash: hash } };
};

const placeRow = (r: PlaceRecord): WriteRow => {
  const hash = contentHash(r);
  return { id: r.id, hash, props: { ...r, contentHash: hash } };
};

const relationRow = (r: RelationRecord): WriteRow => {
  const hash = contentHash(r);
  const { type, subject, object, ...props } = r;
  return { id: r.id, hash, type, subject, object, props: { ...props, contentHash: hash } };
};

const interactionRow = (r: InteractionRecord): WriteRow => {
  const hash = contentHash(r);
  const { initiators, targetActors, targetPlaces, mentionActors, mentionPlaces, place, evidence, ...props } = r;
  return {
    id: r.id,
    hash,
    label: interactionLabel(r.kind),
    props: { ...props, contentHash: hash },
    initiators,
    targetActors,
    targetPlaces,
    mentionActors,
    mentionPlaces,
    place,
    evidence,
  };
};

const ROW_OF = {
  sources: sourceRow,
  actors: actorRow,
  places: placeRow,
  relations: relationRow,
  interactions: interactionRow,
} as const;

/** The write rows of one section's records. */
export function rowsOf<S extends DatasetSection>(
  section: S,
  records: readonly NormalizedDataset[S][number][],
): WriteRow[] {
  const row = ROW_OF[section] as (record: NormalizedDataset[S][number]) => WriteRow;
  return records.map((record) => row(record));
}

/** The rows of each section, in write order: what is referenced is written first. */
export function writeRows(dataset: NormalizedDataset): [DatasetSection, WriteRow[]][] {
  return WRITE_ORDER.map((section) => [section, rowsOf(section, dataset[section])]);
}

/** Sections in the order they are written: what is referenced comes first. */
export const WRITE_ORDER: readonly DatasetSection[] = ['sources', 'actors', 'places', 'relations', 'interactions'];
