// Actor.counterparts(where, links, first) — the planner's PROJECTION strategy without a date window: from the
// projection's totals (INTERACTED, docs/network.md) in either direction; exact for kinds and datasets filters.
// $actorIds: the actors (one DataLoader batch); $where: kinds, datasets; $links: {modes}; $limit: per actor.
// Returns one row per actor id: actorId, counterparts — what counterparts/by-actor.cypher returns.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[r:INTERACTED]-(other:Actor)
// @include counterparts-of-projection
}
RETURN actorId, counterparts
