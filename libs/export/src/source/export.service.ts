import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import { AnalysisLevel, type StateFacts } from '@actorgraph/graph';
import {
  currentRequestScope,
  DatabaseError,
  DatabaseErrorCode,
  int,
  Neo4jService,
  type CypherQuery,
} from '@actorgraph/neo4j';
import { Inject, Injectable } from '@nestjs/common';
import type { ExportEdge, ExportGraph, ExportNode } from '../export-graph';
import {
  toActorEdge,
  toEventEdge,
  toExportNode,
  toRelationEdge,
  type ActorEdgeRow,
  type EventEdgeRow,
  type NodeRow,
  type RelationEdgeRow,
} from './export-rows';
import {
  describeSelection,
  EXPORT_ID_CAP,
  EXPORT_SPAN_CAP,
  isWholeGraph,
  MAX_EXPORT_AROUND_NODES,
  type ExportSelection,
} from './export-selection';
import { codedStates, StateEdgeSums, stateEndpoint, type StatePairsRow } from './state-level-edges';
import { ExportReads } from './export-reads';

/** How many actors' state facts one query reads (the STATE level reads every participant's). */
const STATE_FACTS_BATCH = 5_000;

/**
 * An export reads for longer than a GraphQL field: its transactions may last this many times the configured
 * NEO4J_TRANSACTION_TIMEOUT_MS (30 s × 10 by default), then the server cancels them.
 */
export const EXPORT_TIMEOUT_FACTOR = 10;

/** What an export is about to write: the graph's streams, and whether widening around actors stopped early. */
export interface PreparedExport {
  readonly graph: ExportGraph;
  readonly truncated: boolean;
}

/**
 * Reads the graph to export from Neo4j as streams (nodes, then edges), each node and edge converted as it
 * arrives. Around actors, the node ids within `hops` are found first (at most {@link MAX_EXPORT_AROUND_NODES}).
 */
@Injectable()
export class ExportService {
  private readonly queries: Record<
    'actorNodes' | 'actorEdges' | 'eventNodes' | 'eventEdges' | 'neighbours' | 'relationEdges' | 'statePairs',
    CypherQuery
  >;
  /** The state rule's facts, the query dyads(level: STATE) reads them with. */
  private readonly stateFacts: CypherQuery;

  constructor(
    private readonly neo4j: Neo4jService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queries = {
      actorNodes: neo4j.queries.require('export/actor-nodes'),
      actorEdges: neo4j.queries.require('export/actor-edges'),
      eventNodes: neo4j.queries.require('export/event-nodes'),
      eventEdges: neo4j.queries.require('export/event-edges'),
      neighbours: neo4j.queries.require('export/neighbours'),
      relationEdges: neo4j.queries.require('export/relation-edges'),
      statePairs: neo4j.queries.require('export/state-pairs'),
    };
    this.stateFacts = neo4j.queries.require('dyads/ranked/state-facts');
  }

  private get timeoutMs(): number {
    return this.config.NEO4J_TRANSACTION_TIMEOUT_MS * EXPORT_TIMEOUT_FACTOR;
  }

  async prepare(selection: ExportSelection): Promise<PreparedExport> {
    const around = selection.actors ? await this.around(selection) : null;
    const ids = around?.ids ?? null;
    const params = { where: selection.where, links: linkParams(selection), ids, whole: isWholeGraph(selection) };
    const meta = { title: 'Actorgraph export', description: describeSelection(selection) };
    const reads = new ExportReads(this.neo4j, this.timeoutMs);
    const read = <T>(query: CypherQuery, extra: Record<string, unknown> = {}) =>
      reads.read<T>(query, { ...params, ...extra });
    const caps = { idCap: int(EXPORT_ID_CAP), spanCap: int(EXPORT_SPAN_CAP) };
    let nodes: AsyncIterable<ExportNode>;
    let edges: AsyncIterable<ExportEdge>;
    if (selection.view === 'event') {
      nodes = mapStream(() => read<NodeRow>(this.queries.eventNodes), toExportNode);
      edges = mapStream(() => read<EventEdgeRow>(this.queries.eventEdges), toEventEdge);
    } else if (selection.level === AnalysisLevel.STATE) {
      ({ nodes, edges } = this.stateLevel(selection, read));
    } else {
      nodes = mapStream(() => read<NodeRow>(this.queries.actorNodes), toExportNode);
      edges = mapStream(
        () => read<ActorEdgeRow>(this.queries.actorEdges, caps),
        (row) => toActorEdge(row, EXPORT_SPAN_CAP),
      );
    }
    const graph = selection.relations ? this.withRelations(selection, nodes, edges, read) : { nodes, edges };
    return { truncated: around?.truncated ?? false, graph: { ...graph, meta, close: () => reads.close() } };
  }

  /**
   * Standing relations valid in the date window, after the interaction edges, between nodes of the export: the
   * whole actor-level graph has every actor and place, otherwise the node ids are noted as the nodes stream by
   * (a writer reads the nodes to the end before the edges).
   */
  private withRelations(
    selection: ExportSelection,
    nodes: AsyncIterable<ExportNode>,
    edges: AsyncIterable<ExportEdge>,
    read: <T>(query: CypherQuery, extra?: Record<string, unknown>) => AsyncIterable<T>,
  ): { nodes: AsyncIterable<ExportNode>; edges: AsyncIterable<ExportEdge> } {
    const everyNode = selection.view === 'actor' && selection.level === AnalysisLevel.ACTOR && isWholeGraph(selection);
    const seen = everyNode ? null : new Set<string>();
    const relations = mapStream(
      () => read<RelationEdgeRow>(this.queries.relationEdges, { ids: seen ? [...seen] : null }),
      toRelationEdge,
    );
    return {
      nodes: {
        async *[Symbol.asyncIterator]() {
          for await (const node of nodes) {
            if (seen && node.attributes['type'] !== 'INTERACTION') seen.add(node.id);
            yield node;
          }
        },
      },
      edges: concat(edges, relations),
    };
  }

  /**
   * The STATE level (docs/state-level.md): the actor view's interactions, each endpoint mapped to the state it
   * counts for at the interaction's days by libs/graph's rule (stateAt) and pairs summed as dyads(level: STATE)
   * sums them. The edges are summed before the first node is written (the nodes are their endpoints); memory grows
   * with the actors' facts and the state-level edges, not with the interactions, which stream through.
   */
  private stateLevel(
    selection: ExportSelection,
    read: <T>(query: CypherQuery, extra?: Record<string, unknown>) => AsyncIterable<T>,
  ): { nodes: AsyncIterable<ExportNode>; edges: AsyncIterable<ExportEdge> } {
    let summed: Promise<{ nodeIds: string[]; edges: ExportEdge[] }> | null = null;
    const sum = () => (summed ??= this.sumStateEdges(selection, read));
    const nodeQuery = this.queries.actorNodes;
    return {
      nodes: {
        async *[Symbol.asyncIterator]() {
          const { nodeIds } = await sum();
          for await (const row of read<NodeRow>(nodeQuery, { ids: nodeIds })) yield toExportNode(row);
        },
      },
      edges: {
        async *[Symbol.asyncIterator]() {
          yield* (await sum()).edges;
        },
      },
    };
  }

  private async sumStateEdges(
    selection: ExportSelection,
    read: <T>(query: CypherQuery, extra?: Record<string, unknown>) => AsyncIterable<T>,
  ): Promise<{ nodeIds: string[]; edges: ExportEdge[] }> {
    // All of it runs before the first byte is sent, so under the request's deadline like any heavy read: past it the
    // client has its REQUEST_TIMEOUT, and the work stops at the next row instead of reading on.
    const signal = currentRequestScope()?.signal;
    const inTime = () => {
      if (signal?.aborted) {
        throw new DatabaseError(DatabaseErrorCode.CANCELLED, 'The request ran past its deadline and was cancelled.');
      }
    };
    // The actors the actor view would draw (every actor and place of the whole graph), their facts, and the states.
    const actorIds: string[] = [];
    const states: string[] = [];
    for await (const { node } of read<NodeRow>(this.queries.actorNodes)) {
      inTime();
      if (node.type !== 'ACTOR') continue;
      actorIds.push(node.id);
      if (node.kind === 'STATE') states.push(node.id);
    }
    const facts = new Map<string, StateFacts>();
    for (let start = 0; start < actorIds.length; start += STATE_FACTS_BATCH) {
      const batch = actorIds.slice(start, start + STATE_FACTS_BATCH);
      for await (const row of read<StateFacts>(this.stateFacts, { ids: batch })) {
        inTime();
        const { id, kind, affiliations, countryCode, country } = row;
        facts.set(id, { id, kind, affiliations, countryCode, country });
      }
    }
    // A coded actor counts for its country's state only when the graph has that state (as dyads(level: STATE)).
    const known = new Set<string>();
    for await (const row of read<{ id: string }>(this.stateFacts, { ids: codedStates(facts.values()) })) {
      known.add(row.id);
    }
    const sums = new StateEdgeSums(stateEndpoint(facts, known), EXPORT_ID_CAP, EXPORT_SPAN_CAP);
    for await (const interaction of read<StatePairsRow>(this.queries.statePairs)) {
      inTime();
      sums.add(interaction);
    }
    const nodeIds = sums.endpoints();
    // The whole graph at the STATE level lists every state, with interactions or not.
    if (isWholeGraph(selection)) for (const state of states) nodeIds.add(state);
    return { nodeIds: [...nodeIds].sort(), edges: sums.edges() };
  }

  /** Breadth-first, one query per hop: the ids within `hops` of the centre actors over matching interactions. */
  private async around(selection: ExportSelection): Promise<{ ids: string[]; truncated: boolean }> {
    const reached = new Set<string>(selection.actors ?? []);
    let frontier = [...reached];
    for (let hop = 1; hop <= selection.hops && frontier.length > 0; hop += 1) {
      const cap = MAX_EXPORT_AROUND_NODES - reached.size + frontier.length + 1;
      const rows = await this.neo4j.read<{ id: string }>(this.queries.neighbours, {
        frontier,
        where: selection.where,
        links: linkParams(selection),
        cap: int(Math.max(cap, 1)),
      });
      const next: string[] = [];
      for (const { id } of rows) {
        if (reached.has(id)) continue;
        if (reached.size >= MAX_EXPORT_AROUND_NODES) return { ids: [...reached], truncated: true };
        reached.add(id);
        next.push(id);
      }
      frontier = next;
    }
    return { ids: [...reached], truncated: false };
  }
}

/** The `$links` map of the pair rule (fragments/interaction-pairs) and of the node lists. */
function linkParams(selection: ExportSelection): { modes: string[]; genericActors: boolean } {
  return { modes: selection.modes, genericActors: selection.genericActors };
}

/** One stream after the other. */
function concat<T>(first: AsyncIterable<T>, second: AsyncIterable<T>): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* first;
      yield* second;
    },
  };
}

/** A stream opened only when a writer starts reading it (nodes are read to the end before edges start). */
function mapStream<R, T extends ExportNode | ExportEdge>(
  open: () => AsyncIterable<R>,
  convert: (row: R) => T,
): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const row of open()) yield convert(row);
    },
  };
}
