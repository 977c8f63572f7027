import { RelationType, type LinkParams } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { EGO_EDGES_PER_NODE } from '../common/limits/limits';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { GraphEdge } from '../graph-types/graph-edge.model';
import type { GraphNode } from '../graph-types/graph-node.model';
import type { Graph } from '../graph-types/graph.model';
import { withTextHits, type WhereParams } from '../interaction-filter/where-params';

/**
 * How many interactions (and relations) a node is widened through, per `limit` node asked for; how many matching
 * interactions each kept actor is read for its edges; how many interaction ids an edge lists. A hub costs a bounded
 * sample, not all its interactions; when a bound cuts anything, the answer says `truncated: true`.
 */
export const EGO_FANOUT_PER_NODE = 2;
export const EGO_EDGE_SAMPLE = 200;
export const EGO_EDGE_ID_CAP = 20;

interface NeighbourRow {
  id: string;
  capped: boolean;
  neighbours: string[];
}

interface GraphRow {
  nodes: GraphNode[];
  relationEdges: GraphEdge[];
  capped: boolean;
}

/** The reached nodes with their distance from the centre, in the order they were found. */
type Reached = Map<string, number>;

@Injectable()
export class EgoNetworkService {
  private readonly queries: CypherQueries<'neighbours' | 'degrees' | 'graph' | 'interactionEdges' | 'textHits'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      neighbours: 'ego-network/neighbours',
      degrees: 'ego-network/degrees',
      graph: 'ego-network/graph',
      interactionEdges: 'ego-network/interaction-edges',
      textHits: 'interactions/text-hits',
    });
  }

  /**
   * The network around an actor: breadth-first, one query per hop, then the kept nodes' edges; NOT_FOUND (naming
   * `actorId`) when there is no such actor. All in one read transaction, so the answer is one state of the graph.
   */
  async egoNetwork(
    actorId: string,
    hops: number,
    filter: WhereParams,
    links: LinkParams,
    limit: number,
  ): Promise<Graph> {
    const graph = await this.neo4j.namedReadTransaction('egoNetwork', async (run): Promise<Graph | null> => {
      const where = await withTextHits(run, this.queries.textHits, filter);
      const common = { where, links, relationTypes: Object.values(RelationType) };
      const reached: Reached = new Map([[actorId, 0]]);
      let frontier = [actorId];
      let truncated = false;
      for (let hop = 1; hop <= hops && frontier.length > 0 && reached.size < limit; hop += 1) {
        const rows = await run<NeighbourRow>(this.queries.neighbours, {
          ...common,
          frontier,
          fanout: int(EGO_FANOUT_PER_NODE * limit),
        });
        if (hop === 1 && rows.length === 0) return null;
        truncated ||= rows.some((row) => row.capped);
        const found = [...new Set(rows.flatMap((row) => row.neighbours))].filter((id) => !reached.has(id)).sort();
        const room = limit - reached.size;
        const kept = found.length > room ? await this.busiest(run, found, room) : found;
        truncated ||= found.length > room;
        for (const id of kept) reached.set(id, hop);
        frontier = kept;
      }
      // A widening stopped by `limit` before the last hop leaves nodes unexplored.
      if (frontier.length > 0 && reached.size >= limit && [...reached.values()].some((h) => h < hops)) {
        truncated ||= await this.hasMore(run, frontier, common, limit, reached);
      }
      const edgeLimit = EGO_EDGES_PER_NODE * limit;
      const drawn = {
        ...common,
        ids: [...reached.keys()],
        edgeSample: int(EGO_EDGE_SAMPLE),
        idCap: int(EGO_EDGE_ID_CAP),
        edgeLimit: int(edgeLimit),
      };
      const [row] = await run<GraphRow>(this.queries.graph, drawn);
      // Row by row: thousands of edges in one record would be decoded in one go, holding the event loop.
      const interactionEdges = await run<{ edge: GraphEdge }>(this.queries.interactionEdges, drawn);
      const edges = [...interactionEdges.map((r) => r.edge), ...row!.relationEdges];
      return toGraph(row!.nodes, edges, reached, truncated || row!.capped, edgeLimit);
    });
    // Raised outside the transaction, which would report any error thrown inside it as a database failure.
    if (!graph) throw new ApiError(ApiErrorCode.NOT_FOUND, `actorId: no actor "${actorId}"`, 'actorId');
    return graph;
  }

  /** The `room` most active of `ids` (interactions overall), then by id: who is kept when `limit` is reached. */
  private async busiest(run: QueryRunner, ids: string[], room: number): Promise<string[]> {
    const degrees = await run<{ id: string; degree: number }>(this.queries.degrees, { ids });
    return degrees
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, room)
      .map((d) => d.id);
  }

  /** Whether the last kept nodes have neighbours not drawn (only asked when `limit` stopped the widening). */
  private async hasMore(
    run: QueryRunner,
    frontier: string[],
    common: Record<string, unknown>,
    limit: number,
    reached: Reached,
  ): Promise<boolean> {
    const rows = await run<NeighbourRow>(this.queries.neighbours, {
      ...common,
      frontier,
      fanout: int(EGO_FANOUT_PER_NODE * limit),
    });
    return rows.some((row) => row.capped || row.neighbours.some((id) => !reached.has(id)));
  }
}

/**
 * Nodes by distance, then activity (the summed weight of their edges), then id; edges heaviest first, then id, at most
 * `edgeLimit` of them (truncated when more).
 */
function toGraph(
  drawnNodes: GraphNode[],
  drawnEdges: GraphEdge[],
  reached: Reached,
  truncated: boolean,
  edgeLimit: number,
): Graph {
  const all = [...drawnEdges].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = all.slice(0, edgeLimit);
  const activity = new Map<string, number>();
  for (const edge of edges) {
    activity.set(edge.source, (activity.get(edge.source) ?? 0) + edge.weight);
    activity.set(edge.target, (activity.get(edge.target) ?? 0) + edge.weight);
  }
  const nodes = [...drawnNodes].sort(
    (a, b) =>
      (reached.get(a.id) ?? 0) - (reached.get(b.id) ?? 0) ||
      (activity.get(b.id) ?? 0) - (activity.get(a.id) ?? 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return { nodes, edges, truncated: truncated || all.length > edgeLimit };
}
