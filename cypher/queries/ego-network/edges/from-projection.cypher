// egoNetwork, the drawing's interaction edges — the planner's PROJECTION strategy without a date window: the
// projection's totals (INTERACTED, docs/network.md): one row per edge (mode, kind, source, target) between the kept
// nodes, its weight exact; the $edgeLimit heaviest (then by id), and one more when there are more. The projection
// keeps no interaction ids nor last days: ego-network/edge-details reads them when a client asks (here lastDay is
// null and interactionIds empty).
// $ids: the kept node ids; $where: kinds, datasets; $links: {modes, genericActors}; $edgeLimit.
// Returns edge: the map edges/scan.cypher returns.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:INTERACTED]->(t)
WHERE t.id IN $ids
// @include ego-edges-of-projection
