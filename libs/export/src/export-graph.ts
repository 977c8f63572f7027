/**
 * The graph an export writes, one node or edge at a time: the writers never hold the whole graph, so a large
 * export streams with bounded memory. Every writer (GraphML, GEXF, Cytoscape.js, graphology, CSV) writes the
 * same nodes, edges and attributes.
 */

/** A value an attribute holds; lists are written joined by `|` in the XML and CSV formats, as arrays in JSON. */
export type AttributeValue = string | number | boolean | string[] | null;

export interface ExportNode {
  /** The actor, place or interaction id ("person:volodymyr-zelenskyy"). */
  readonly id: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface ExportEdge {
  /** Stable: `<mode>:<source>-><target>` (actor view), `<role>:<source>-><target>` (event view). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /**
   * Day-level spans (`YYYY-MM-DD`, inclusive) when the edge existed, for dynamic GEXF: merged, oldest first. A
   * standing relation's one spell is its validity, where a null bound is open (it held before, or holds still).
   */
  readonly spells: readonly (readonly [string | null, string | null])[];
}

export type AttributeType = 'string' | 'int' | 'boolean' | 'list';

export interface AttributeSpec {
  readonly name: string;
  readonly type: AttributeType;
  readonly description: string;
}

/** Node attributes, in the order every format declares them. */
export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'label', type: 'string', description: 'the name to show' },
  { name: 'type', type: 'string', description: 'ACTOR, PLACE or INTERACTION' },
  { name: 'kind', type: 'string', description: 'PERSON, STATE, ORGANIZATION; a place kind; an interaction kind' },
  { name: 'aliases', type: 'list', description: 'other names of an actor or place' },
  { name: 'description', type: 'string', description: "an actor's or place's description" },
  { name: 'recognition', type: 'string', description: "a state's recognition" },
  { name: 'wikidataId', type: 'string', description: 'Wikidata id' },
  { name: 'generic', type: 'boolean', description: 'a generic actor: a coded role with no country (GDELT GOV)' },
  { name: 'dataset', type: 'string', description: "an interaction's dataset" },
  { name: 'date', type: 'string', description: "an interaction's date, as precise as known" },
  { name: 'firstDay', type: 'string', description: "an interaction's first day (YYYY-MM-DD)" },
  { name: 'lastDay', type: 'string', description: "an interaction's last day (YYYY-MM-DD)" },
  { name: 'summary', type: 'string', description: "an interaction's summary" },
  { name: 'evidenceCount', type: 'int', description: 'how many quotes back an interaction' },
];

/** Edge attributes, in the order every format declares them. */
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  {
    name: 'mode',
    type: 'string',
    description:
      'actor view: DIRECTED, CO_PARTICIPATION (stored lower id to higher id), MENTION; event view: INITIATED, ' +
      'DIRECTED_AT, MENTIONS, OCCURRED_IN; RELATION for a standing relation (see relation)',
  },
  { name: 'kinds', type: 'list', description: 'the interaction kinds' },
  { name: 'count', type: 'int', description: 'how many interactions' },
  { name: 'firstDay', type: 'string', description: 'the first day of the earliest interaction (YYYY-MM-DD)' },
  { name: 'lastDay', type: 'string', description: 'the last day of the latest interaction (YYYY-MM-DD)' },
  { name: 'interactionIds', type: 'list', description: 'interaction ids, oldest first, at most the cap' },
  { name: 'interactionCount', type: 'int', description: 'how many interaction ids there are (count)' },
  { name: 'evidenceCount', type: 'int', description: 'how many quotes back the interactions' },
  { name: 'datasets', type: 'list', description: 'the datasets of the interactions (of a relation: its own)' },
  {
    name: 'relation',
    type: 'string',
    description: 'a standing relation: LEADS, REPRESENTS, MEMBER_OF, PART_OF, NATIONAL_OF, RECOGNIZES, BORDERS, …',
  },
  { name: 'negated', type: 'boolean', description: 'a relation stated not to hold (Kazakhstan does not recognize…)' },
  { name: 'role', type: 'string', description: "a relation's role (President, Ambassador)" },
  { name: 'validFrom', type: 'string', description: "a relation's first day (YYYY-MM-DD); empty: open" },
  { name: 'validTo', type: 'string', description: "a relation's last day (YYYY-MM-DD); empty: open" },
];

/** How the graph to export was chosen, written into the file's header where the format has one. */
export interface ExportMeta {
  readonly title: string;
  readonly description: string;
}

export interface ExportGraph {
  readonly meta: ExportMeta;
  readonly nodes: AsyncIterable<ExportNode>;
  /** Read only after the nodes are consumed: a writer walks nodes first, then edges. */
  readonly edges: AsyncIterable<ExportEdge>;
  /** Frees what reading held (the database session), once the writer is done, failed or was stopped. */
  readonly close?: () => Promise<void>;
}

/** The formats, as in `GET /export/<format>` and `cli export --format <format>`. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'graphology', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** A list attribute as one string: `|` between items (ids and kinds never contain it). */
export function joinList(value: AttributeValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join('|') : String(value);
}
