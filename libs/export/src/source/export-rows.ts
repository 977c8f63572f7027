import type { ExportEdge, ExportNode } from '../export-graph';
import { mergeSpells } from '../writers/spells';

export interface NodeRow {
  node: {
    id: string;
    name?: string | null;
    kind?: string | null;
    type: 'ACTOR' | 'PLACE' | 'INTERACTION';
    aliases?: string[] | null;
    description?: string | null;
    recognition?: string | null;
    wikidataId?: string | null;
    generic?: boolean | null;
    date?: string | null;
    firstDay?: string | null;
    lastDay?: string | null;
    dataset?: string | null;
    summary?: string | null;
    evidenceCount?: number | null;
  };
}

export function toExportNode({ node }: NodeRow): ExportNode {
  return {
    id: node.id,
    attributes: {
      label: node.type === 'INTERACTION' ? `${node.kind} ${node.date}` : (node.name ?? node.id),
      type: node.type,
      kind: node.kind ?? null,
      aliases: node.aliases && node.aliases.length > 0 ? node.aliases : null,
      description: node.description ?? null,
      recognition: node.recognition ?? null,
      wikidataId: node.wikidataId ?? null,
      generic: node.generic ?? null,
      dataset: node.dataset ?? null,
      date: node.date ?? null,
      firstDay: node.firstDay ?? null,
      lastDay: node.lastDay ?? null,
      summary: node.summary ?? null,
      evidenceCount: node.evidenceCount ?? null,
    },
  };
}

export interface ActorEdgeRow {
  source: string;
  target: string;
  mode: string;
  kinds: string[];
  count: number;
  firstDay: string;
  lastDay: string;
  interactionIds: string[];
  evidenceCount: number;
  datasets: string[];
  spans: [string, string][];
}

export function toActorEdge(row: ActorEdgeRow, spanCap: number): ExportEdge {
  const spells = row.spans.length > spanCap ? [[row.firstDay, row.lastDay] as const] : mergeSpells(row.spans);
  return {
    id: `${row.mode}:${row.source}->${row.target}`,
    source: row.source,
    target: row.target,
    spells,
    attributes: {
      mode: row.mode,
      kinds: [...row.kinds].sort(),
      count: row.count,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      interactionIds: row.interactionIds,
      interactionCount: row.count,
      evidenceCount: row.evidenceCount,
      datasets: [...row.datasets].sort(),
    },
  };
}

export interface EventEdgeRow {
  source: string;
  target: string;
  mode: string;
  kind: string;
  firstDay: string;
  lastDay: string;
  interactionId: string;
  evidenceCount: number;
  dataset: string | null;
}

export function toEventEdge(row: EventEdgeRow): ExportEdge {
  return {
    id: `${row.mode}:${row.source}->${row.target}`,
    source: row.source,
    target: row.target,
    spells: [[row.firstDay, row.lastDay]],
    attributes: {
      mode: row.mode,
      kinds: [row.kind],
      count: 1,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      interactionIds: [row.interactionId],
      interactionCount: 1,
      evidenceCount: row.evidenceCount,
      datasets: row.dataset ? [row.dataset] : [],
    },
  };
}

export interface RelationEdgeRow {
  id: string;
  source: string;
  target: string;
  relation: string;
  negated: boolean;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  evidenceCount: number;
  dataset: string | null;
}

/**
 * A standing relation as an edge (mode RELATION): its id is the relation's own (`relation:leads:…`), unique and
 * unlike any interaction edge's; its one spell is its validity (none when it has no dates: it always holds).
 */
export function toRelationEdge(row: RelationEdgeRow): ExportEdge {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    spells: row.validFrom === null && row.validTo === null ? [] : [[row.validFrom, row.validTo]],
    attributes: {
      mode: 'RELATION',
      relation: row.relation,
      negated: row.negated,
      role: row.role,
      validFrom: row.validFrom,
      validTo: row.validTo,
      evidenceCount: row.evidenceCount,
      datasets: row.dataset ? [row.dataset] : [],
    },
  };
}
