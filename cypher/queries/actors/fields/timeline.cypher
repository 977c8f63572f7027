// Actor.timeline(where): each actor's interactions in any role (initiator, target, mentioned), oldest first.
// $actorIds: the actors (one DataLoader batch); $where: see fragments/interaction-where;
// $limit: the most interactions per actor (500).
// Returns one row per actor id: actorId, interactions (list of maps).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE
// @include interaction-where
  WITH DISTINCT i
  ORDER BY i.dateStart, i.dateEnd, i.id
  LIMIT $limit
  RETURN collect(
// @include interaction-projection
  ) AS interactions
}
RETURN actorId, interactions
