// Actor.interactions(role, where, first, after): a page of each actor's interactions, latest first.
// $actorIds: the actors (one DataLoader batch); $role: INITIATOR (INITIATED), TARGET (DIRECTED_AT) or ANY
// (also MENTIONS); $where: see fragments/interaction-where; $skip, $limit: the page, the same for every actor.
// Returns one row per actor id: actorId, totalCount, interactions (list of maps).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE CASE $role
      WHEN 'INITIATOR' THEN type(r) = 'INITIATED'
      WHEN 'TARGET' THEN type(r) = 'DIRECTED_AT'
      ELSE true
    END
    AND
// @include interaction-where
  WITH DISTINCT i
  ORDER BY i.dateStart DESC, i.id
  WITH collect(i) AS matched
  RETURN size(matched) AS totalCount,
    [i IN matched[$skip..($skip + $limit)] |
// @include interaction-projection
    ] AS interactions
}
RETURN actorId, totalCount, interactions
