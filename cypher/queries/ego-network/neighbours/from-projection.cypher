// egoNetwork, one hop of the widening — the planner's PROJECTION strategy without a date window: the projection's
// totals (INTERACTED, docs/network.md), in either direction: every node each frontier node is linked to (exact: no
// sample), and the standing relations as neighbours/scan.cypher reads them.
// $frontier: node ids; $where: kinds, datasets ($where.from/$where.to bound the relations); $links; $relationTypes;
// $fanout: the most relations per node.
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
  MATCH (s)-[r:INTERACTED]-(t)
  WHERE s = f
// @include ego-neighbours-of-projection
}
WITH fid, f, viaInteractions, false AS sampleCapped
// @include ego-neighbours-found
