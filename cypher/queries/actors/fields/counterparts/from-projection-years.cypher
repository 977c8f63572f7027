// Actor.counterparts(where, links, first) — the planner's PROJECTION strategy for a window of whole years: from the
// projection's INTERACTED_YEAR relationships whose year span overlaps it, in either direction (docs/network.md).
// $actorIds; $window: {from, to} ('YYYY', open sides '0000', '9999'); $where: kinds, datasets; $links; $limit.
// Returns one row per actor id: actorId, counterparts — what counterparts/by-actor.cypher returns.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[r:INTERACTED_YEAR]-(other:Actor)
  WHERE r.start <= $window.to AND r.end >= $window.from
// @include counterparts-of-projection
}
RETURN actorId, counterparts
