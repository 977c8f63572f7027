import { EGO_EDGES_PER_NODE, MAX_EGO_HOPS, MAX_PAGE_SIZE, MAX_PATH_HOPS } from '../common/limits/limits';
import { intArgument, type FieldArgs, type FieldCost } from './field-cost';

/** `first` of a paged list: 50 by default, at most 500 (a larger value is the resolver's LIMIT_EXCEEDED). */
const FIRST = { argument: 'first', default: 50, max: MAX_PAGE_SIZE } as const;

/** Work of each centrality, whole network (≤ 10,000 dyads): betweenness is actors × dyads, PageRank iterates. */
const CENTRALITY_BASE: Readonly<Record<string, number>> = { DEGREE: 1_000, PAGERANK: 4_000, BETWEENNESS: 20_000 };

const egoLimit = (args: FieldArgs) => intArgument(args, 'limit', 50, 1, MAX_PAGE_SIZE);

/**
 * Costs of the fields that do not declare their own (`complexity: fieldCost(…)` on the field wins), keyed
 * `Type.field`; an object type's fields also match its interfaces' (`Interaction.initiators`). Owners of a field
 * may move its entry onto the field itself.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  // Whole-network computations: their work does not shrink with `first`.
  'Query.centrality': { base: (args) => CENTRALITY_BASE[String(args['metric'])] ?? 20_000, items: FIRST },
  'Query.dyads': { base: 500, items: FIRST },
  // A search per hop, widening through each kept node: limit × hops; the graph is at most `limit` nodes.
  'Query.egoNetwork': {
    base: (args) => 10 * egoLimit(args) * intArgument(args, 'hops', 1, 1, MAX_EGO_HOPS),
    items: (args) => egoLimit(args) / MAX_PAGE_SIZE,
  },
  'Graph.nodes': { items: MAX_PAGE_SIZE },
  'Graph.edges': { items: EGO_EDGES_PER_NODE * MAX_PAGE_SIZE },
  // Variable-length path search: the work doubles (at least) with each hop allowed.
  'Query.paths': {
    base: (args) => 250 * 2 ** intArgument(args, 'maxHops', 4, 1, MAX_PATH_HOPS),
    items: { argument: 'limit', default: 5, max: 25 },
  },
  'Path.steps': { items: MAX_PATH_HOPS + 1 },
  'Query.search': { base: 50, items: FIRST },
  'Query.stats': { base: 200 },
  'Query.actors': { base: 5, items: FIRST },
  'Query.interactions': { base: 5, items: FIRST },
  // An actor's nested lists: the timeline has no `first` but returns up to 500 interactions.
  'Actor.timeline': { base: 10, items: MAX_PAGE_SIZE },
  'Actor.counterparts': { base: 100, items: FIRST },
  'Actor.relations': { base: 5, items: 20 },
  'Actor.interactions': { base: 5, items: FIRST },
};
