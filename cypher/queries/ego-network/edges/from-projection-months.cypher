// egoNetwork, the drawing's interaction edges — the planner's PROJECTION strategy for a window of whole months: the
// projection's month spans (INTERACTED_MONTH that overlap it, docs/network.md): one row per edge (mode, kind,
// source, target) between the kept nodes, its weight exact; the $edgeLimit heaviest (then by id), and one more when
// there are more. The projection keeps no interaction ids: ego-network/edge-details reads them when a client asks
// (here interactionIds is empty).
// $ids: the kept node ids; $where: kinds, datasets; $links: {modes, genericActors}; $edgeLimit.
// $window: {from, to} ('YYYY-MM', open sides '0000-01', '9999-12').
// Returns edge: the map edges/scan.cypher returns. Both ends are found by id and joined on a hash of the targets:
// checking each relationship's target against $ids would cost a comparison per id, per relationship of a busy node.
CALL () {
  MATCH (s:Actor)-[r:INTERACTED_MONTH]->(t:Actor)
  USING INDEX s:Actor(id)
  USING INDEX t:Actor(id)
  USING JOIN ON t
  WHERE s.id IN $ids AND t.id IN $ids
    AND r.start <= $window.to AND r.end >= $window.from
  RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:INTERACTED_MONTH]->(t:Place)
  USING INDEX s:Actor(id)
  USING INDEX t:Place(id)
  USING JOIN ON t
  WHERE s.id IN $ids AND t.id IN $ids
    AND r.start <= $window.to AND r.end >= $window.from
  RETURN s, r, t
}
// @include ego-edges-of-projection
