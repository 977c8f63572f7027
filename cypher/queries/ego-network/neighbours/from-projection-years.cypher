// egoNetwork, one hop of the widening — the planner's PROJECTION strategy for a window of whole years: the
// projection's year spans (INTERACTED_YEAR that overlap it, docs/network.md), in either direction: every node each
// frontier node is linked to (exact: no sample), and the standing relations as neighbours/scan.cypher reads them.
// $frontier: node ids; $where: kinds, datasets ($where.from/$where.to bound the relations); $links; $relationTypes;
// $fanout: the most relations per node.
// $window: {from, to} ('YYYY', open sides '0000', '9999').
// Returns one row per frontier node found: id, neighbours (ids, sorted), capped (boolean: relations cut),
// sampleCapped (false).
UNWIND $frontier AS fid
CALL (fid) {
  MATCH (f:Actor {id: fid})
  RETURN f
  UNION
  MATCH (f:Place {id: fid})
  RETURN f
}
CALL (f) {
  MATCH (s)-[r:INTERACTED_YEAR]-(t)
  WHERE s = f AND r.start <= $window.to AND r.end >= $window.from
// @include ego-neighbours-of-projection
}
WITH fid, f, viaInteractions, false AS sampleCapped
// @include ego-neighbours-found
