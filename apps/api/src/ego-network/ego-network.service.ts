import {
  QueryStrategy,
  RelationType,
  resolveLinkOptions,
  type InteractionFilter,
  type LinkOptions,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { EGO_EDGE_ID_CAP, EGO_EDGE_SAMPLE, EGO_EDGES_PER_NODE } from '../common/limits/limits';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { GraphEdgeType } from '../graph-types/graph-edge-type.enum';
import type { GraphEdge } from '../graph-types/graph-edge.model';
import type { GraphNode } from '../graph-types/graph-node.model';
import type { Graph } from '../graph-types/graph.model';
import { PlannedQueries, type VersionedPlan } from '../interaction-filter/planned-queries';

/**
 * How many interactions (and relations) a node is widened through, per `limit` node asked for. Without the
 * projection, a hub costs a bounded sample, not all its interactions; when a bound cuts anything, the answer says
 * `truncated: true`. From the projection, only the relations, and a hop through more than EGO_LINK_BUDGET links.
 */
export const EGO_FANOUT_PER_NODE = 2;
/**
 * From the projection, how many of its relationships one hop reads for the whole frontier at most: all of a hub's at
 * 1M interactions (121,165), while a frontier of hundreds of hubs costs a sample (`truncated`) rather than seconds.
 */
export const EGO_LINK_BUDGET = 250_000;

/** One hop of the widening (ego-network/neighbours/*). */
interface WideningRow {
  /** How many frontier nodes exist (0 at the first hop: no such actor). */
  frontierFound: number;
  /** How many new neighbours were found, and the `room` busiest of them. */
  found: number;
  kept: string[];
  /** What was read of the interactions (scan) or the projection (over EGO_LINK_BUDGET) was cut: a sample. */
  sampleCapped: boolean;
  /** A node had more standing relations than were read. */
  relationsCapped: boolean;
}

interface GraphRow {
  nodes: GraphNode[];
  relationEdges: GraphEdge[];
}

interface EdgeDetailsRow {
  id: string;
  interactionIds: string[];
  /** The edge's less busy end had more interactions of its kind than were read: the ids are a sample's. */
  cut: boolean;
}

/** The reached nodes with their distance from the centre, in the order they were found. */
type Reached = Map<string, number>;

export interface EgoNetworkOptions {
  /**
   * Whether the edges' interaction ids are wanted (a client selected them). From the projection they take a read of
   * each drawn edge's interactions; a drawing without them needs none.
   */
  readonly edgeDetails?: boolean;
  /** Answer with this strategy instead of the planner's (the property tests compare them). */
  readonly strategy?: QueryStrategy;
  /** The projection's links one hop may read (tests); EGO_LINK_BUDGET by default. */
  readonly linkBudget?: number;
  /** The interactions a node's edges (scan) or an edge's ids (projection) are read from (tests); EGO_EDGE_SAMPLE. */
  readonly edgeSample?: number;
}

@Injectable()
export class EgoNetworkService {
  private readonly queries: CypherQueries<'graph' | 'sampleCapped' | 'edgeDetails'>;
  /** cypher/queries/ego-network/neighbours/ and edges/: from-projection(-years|-months), scan. */
  private readonly neighbours: PlannedQueries;
  private readonly edges: PlannedQueries;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      graph: 'ego-network/graph',
      sampleCapped: 'ego-network/sample-capped',
      edgeDetails: 'ego-network/edge-details',
    });
    this.neighbours = new PlannedQueries(neo4j.queries, 'egoNetwork', 'ego-network/neighbours');
    this.edges = new PlannedQueries(neo4j.queries, 'egoNetwork', 'ego-network/edges');
  }

  /**
   * The network around an actor: breadth-first, one query per hop, then the kept nodes' edges; NOT_FOUND (naming
   * `actorId`) when there is no such actor. From the projection when it answers the filter exactly (its neighbours
   * and edge weights exact), else from a bounded sample of the interactions. All in one read transaction, so the
   * answer is one state of the graph.
   */
  async egoNetwork(
    actorId: string,
    hops: number,
    filter: InteractionFilter,
    links: Partial<LinkOptions> | null,
    limit: number,
    options: EgoNetworkOptions = {},
  ): Promise<Graph> {
    return (await this.drawing(actorId, hops, filter, links, limit, options)).graph;
  }

  /**
   * {@link egoNetwork}, and whether a read was cut to a sample (of interactions, or of the projection past
   * EGO_LINK_BUDGET) — where none was, the drawing is the exact one (the property tests compare the plans there).
   */
  async drawing(
    actorId: string,
    hops: number,
    filter: InteractionFilter,
    links: Partial<LinkOptions> | null,
    limit: number,
    {
      edgeDetails = true,
      strategy,
      linkBudget = EGO_LINK_BUDGET,
      edgeSample = EGO_EDGE_SAMPLE,
    }: EgoNetworkOptions = {},
  ): Promise<{ graph: Graph; sampled: boolean }> {
    const drawn = await this.neo4j.namedReadTransaction('egoNetwork', async (run) => {
      const { plan, params } = await this.neighbours.prepare(run, filter, resolveLinkOptions(links), strategy);
      const common = {
        ...params,
        relationTypes: Object.values(RelationType),
        fanout: int(EGO_FANOUT_PER_NODE * limit),
        linkBudget: int(linkBudget),
      };
      const widened = await this.widen(run, this.neighbours.query(plan), common, actorId, hops, limit);
      if (!widened) return null;
      const { reached, truncated } = widened;
      const edgeLimit = EGO_EDGES_PER_NODE * limit;
      const kept = { ...common, ids: [...reached.keys()], edgeSample: int(edgeSample), edgeLimit: int(edgeLimit) };
      const [row] = await run<GraphRow>(this.queries.graph, kept);
      // Row by row: thousands of edges in one record would be decoded in one go, holding the event loop.
      const rows = await run<{ edge: GraphEdge }>(this.edges.query(plan), { ...kept, idCap: int(EGO_EDGE_ID_CAP) });
      const interactionEdges = rows.map((r) => r.edge);
      const sampled = widened.sampled || (await this.sampleCapped(run, plan, kept));
      const edges = [...interactionEdges, ...row!.relationEdges];
      const graph = toGraph(row!.nodes, edges, reached, truncated || sampled, edgeLimit);
      const idsCut =
        plan.strategy === QueryStrategy.PROJECTION &&
        edgeDetails &&
        (await this.addInteractionIds(run, graph.edges, kept));
      if (idsCut) graph.truncated = true;
      return { graph, sampled: sampled || idsCut };
    });
    // Raised outside the transaction, which would report any error thrown inside it as a database failure.
    if (!drawn) throw new ApiError(ApiErrorCode.NOT_FOUND, `actorId: no actor "${actorId}"`, 'actorId');
    return drawn;
  }

  /**
   * Breadth-first from the centre, one statement per hop (`widening`: ego-network/neighbours/*), keeping the busiest
   * new neighbours while there is room under `limit`; null when the centre does not exist.
   */
  private async widen(
    run: QueryRunner,
    widening: CypherQuery,
    common: Record<string, unknown>,
    centre: string,
    hops: number,
    limit: number,
  ): Promise<{ reached: Reached; truncated: boolean; sampled: boolean } | null> {
    const reached: Reached = new Map([[centre, 0]]);
    const hop = async (frontier: string[], room: number): Promise<WideningRow> => {
      const params = { ...common, frontier, reached: [...reached.keys()], room: int(room) };
      const [row] = await run<WideningRow>(widening, params);
      return row!;
    };
    let frontier = [centre];
    let truncated = false;
    let sampled = false;
    for (let distance = 1; distance <= hops && frontier.length > 0 && reached.size < limit; distance += 1) {
      const room = limit - reached.size;
      const row = await hop(frontier, room);
      if (distance === 1 && row.frontierFound === 0) return null;
      truncated ||= row.relationsCapped || row.found > room;
      sampled ||= row.sampleCapped;
      for (const id of row.kept) reached.set(id, distance);
      frontier = row.kept;
    }
    // A widening stopped by `limit` exactly before the last hop may leave nodes unexplored.
    if (!truncated && frontier.length > 0 && reached.size >= limit && [...reached.values()].some((h) => h < hops)) {
      const row = await hop(frontier, 0);
      truncated ||= row.relationsCapped || row.found > 0;
      sampled ||= row.sampleCapped;
    }
    return { reached, truncated, sampled };
  }

  /** SCAN: whether the edges, read from a sample of each kept node's interactions, may miss one. */
  private async sampleCapped(run: QueryRunner, plan: VersionedPlan, drawn: Record<string, unknown>): Promise<boolean> {
    if (plan.strategy === QueryStrategy.PROJECTION) return false;
    const [row] = await run<{ capped: boolean }>(this.queries.sampleCapped, drawn);
    return row?.capped ?? false;
  }

  /**
   * PROJECTION: fills the drawn interaction edges' ids from their interactions (ego-network/edge-details); true when
   * an edge's less busy end had more than EGO_EDGE_SAMPLE interactions of its kind, so its ids come from a sample.
   */
  private async addInteractionIds(
    run: QueryRunner,
    edges: GraphEdge[],
    drawn: Record<string, unknown>,
  ): Promise<boolean> {
    const wanted = edges.filter((edge) => edge.type === GraphEdgeType.INTERACTION);
    if (wanted.length === 0) return false;
    const details = await run<EdgeDetailsRow>(this.queries.edgeDetails, {
      ...drawn,
      edges: wanted.map(({ id, source, target, mode, kind }) => ({ id, source, target, mode, kind })),
      idCap: int(EGO_EDGE_ID_CAP),
    });
    const byId = new Map(details.map((row) => [row.id, row]));
    for (const edge of wanted) edge.interactionIds = byId.get(edge.id)?.interactionIds ?? [];
    return details.some((row) => row.cut);
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
