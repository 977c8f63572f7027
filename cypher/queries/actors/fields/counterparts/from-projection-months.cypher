// Actor.counterparts(where, links, first) — the planner's PROJECTION strategy for a window of whole months: from the
// projection's INTERACTED_MONTH relationships whose month span overlaps it, in either direction (docs/network.md).
// $actorIds; $window: {from, to} ('YYYY-MM', open sides '0000-01', '9999-12'); $where: kinds, datasets; $links; $limit.
// Returns one row per actor id: actorId, counterparts — what counterparts/by-actor.cypher returns.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[r:INTERACTED_MONTH]-(other:Actor)
  WHERE r.start <= $window.to AND r.end >= $window.from
// @include counterparts-of-projection
}
RETURN actorId, counterparts
