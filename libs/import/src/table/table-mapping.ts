/**
 * A mapping file (YAML) says how the columns of a table become interactions or actors. Its JSON Schema is
 * `table-mapping.schema.json`; `parseMapping` checks a file against it.
 */

/** A column, or alternative names of one column (matched without regard to case; the first present wins). */
export type ColumnName = string | string[];

/** Where a value comes from: a column, a constant or a template, then split, mapped and typed. */
export interface ValueSpec {
  /** The column to read (JSON lines: a field, `a.b` for a nested one). */
  column?: ColumnName;
  /** A constant instead of a column. */
  value?: string | number | boolean;
  /** A text built from columns: `"{Actor1Name} met {Actor2Name}"`. */
  template?: string;
  /** The cell holds several values separated by this text (`"; "`). */
  split?: string;
  /** The file's own codes → ours; `"*"` matches any non-empty value not listed. */
  values?: Record<string, string | number | boolean | null>;
  /** The value when the cell is empty (or, with `values`, matches no entry and there is no `"*"`). */
  default?: string | number | boolean | null;
  /** How to read the cell: text (the default), a number, an integer, a boolean. */
  type?: 'string' | 'number' | 'integer' | 'boolean';
  /** The column may be absent from a file (other columns are required in the header). */
  optional?: boolean;
}

/** A column name, or a full value spec. */
export type FieldRef = string | ValueSpec;

/** Actors of one role: from columns (several values split), or from a list of objects in a JSON line (`each`). */
export interface ActorsSpec {
  /** JSON lines: a field holding a list of actor objects; the other fields are read from each object. */
  each?: string;
  /** An actor id (`person:…`, `state:…`, `org:…`); the actor must exist. */
  id?: FieldRef;
  /** An actor's name or alias, resolved against the graph as `cli load` does; a new actor when unknown. */
  name?: FieldRef;
  /** The kind of an actor created from a name: person, state or organization (default organization). */
  kind?: FieldRef;
  /** A Wikidata id (`Q…`): an actor with that id in the graph is this one. */
  wikidataId?: FieldRef;
  /** True for a collective actor (civilians, protesters of a country) that network queries may leave out. */
  generic?: FieldRef;
  /** A CAMEO actor code (GDELT's Actor1Code…): coded actors named from the CAMEO codebook. */
  cameo?: CameoActorSpec;
}

export interface CameoActorSpec {
  code: FieldRef;
  name?: FieldRef;
  country?: FieldRef;
  knownGroup?: FieldRef;
  ethnic?: FieldRef;
  religions?: FieldRef[];
  types?: FieldRef[];
  /** The event's place name whose last part is its country (ActionGeo_FullName), to scope a code with no country. */
  eventPlace?: FieldRef;
}

/** Reading the file: delimiter (by extension: tab for `.tsv`/`.tab`, else comma), quote, encoding, JSON lines. */
export interface FormatSpec {
  type?: 'csv' | 'jsonl';
  delimiter?: string;
  quote?: string;
  encoding?: string;
  /** Cell values that mean "no value" (`NA`, `-`), besides the empty cell. */
  empty?: string[];
}

export interface KindSpec extends ValueSpec {
  /** The cells are CAMEO event codes (kind by our CAMEO table) or PLOVER categories. */
  codes?: 'cameo' | 'plover';
  /** PLOVER: the column with the event mode (CONSULT by phone → call). */
  mode?: FieldRef;
}

export interface InteractionsMapping {
  mapping: 'interactions';
  /** Kept as `dataset` on every interaction and new node. */
  dataset: string;
  /** What the mapping is for (free text). */
  note?: string;
  format?: FormatSpec;
  /** The row's stable key; the interaction id is `interaction:<prefix>-<key>` (prefix: the dataset). */
  key: FieldRef;
  keyPrefix?: string;
  date: FieldRef;
  /** `day`, `month` or `year`: how exactly the date is known (default: as written). */
  precision?: FieldRef;
  until?: FieldRef;
  /** The kind, or several ways to find it, tried in order. */
  kind: KindSpec | KindSpec[];
  initiators?: ActorsSpec | ActorsSpec[];
  targets?: ActorsSpec | ActorsSpec[];
  summary?: FieldRef;
  quote?: FieldRef;
  source?: { url?: FieldRef; title?: FieldRef; publisher?: FieldRef; publishedAt?: FieldRef };
  place?: { name: FieldRef; latitude?: FieldRef; longitude?: FieldRef; kind?: FieldRef };
  properties?: Record<string, FieldRef>;
}

export interface ActorsMapping {
  mapping: 'actors';
  dataset: string;
  note?: string;
  format?: FormatSpec;
  /** The actor's id; by default `<kind prefix>:<slug of the name>`, or the actor in the graph with that name. */
  id?: FieldRef;
  name: FieldRef;
  kind: FieldRef;
  aliases?: FieldRef;
  description?: FieldRef;
  wikidataId?: FieldRef;
  properties?: Record<string, FieldRef>;
}

export type TableMapping = InteractionsMapping | ActorsMapping;

/** Property names a mapping may not set, because the import writes them. */
export const RESERVED_PROPERTIES = [
  'id',
  'kind',
  'date',
  'datePrecision',
  'until',
  'dateStart',
  'dateEnd',
  'summary',
  'dataset',
  'quotes',
  'contentHash',
  'name',
  'aliases',
  'nameKeys',
  'latinNames',
  'description',
  'wikidataId',
] as const;
